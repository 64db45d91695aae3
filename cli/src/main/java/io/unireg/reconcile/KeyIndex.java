package io.unireg.reconcile;

import java.util.Arrays;

/**
 * State records by the value of one identifier field, without a map: one sorted {@code long[]} holding,
 * per record with a value, the value's 64-bit hash in the high bits and the record number in the low
 * bits. A lookup is a binary search; every hit is checked against the stored value, so a hash
 * collision never links the wrong record.
 */
final class KeyIndex {

    private static final int[] NONE = new int[0];

    private final StateTable table;
    private final int field;
    private final long idMask;
    private final long[] sorted;

    KeyIndex(StateTable table, int field) {
        this.table = table;
        this.field = field;
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, table.size()));
        this.idMask = (1L << bits) - 1;
        int n = 0;
        for (int r = 0; r < table.size(); r++) {
            if (table.has(r, field)) {
                n++;
            }
        }
        long[] packed = new long[n];
        int k = 0;
        for (int r = 0; r < table.size(); r++) {
            String v = table.value(r, field);
            if (v != null) {
                packed[k++] = (hash(v) & ~idMask) | r;
            }
        }
        Arrays.sort(packed);
        this.sorted = packed;
    }

    /** Record numbers whose value equals {@code value}, ascending; empty when none. */
    int[] find(String value) {
        if (value == null || value.isEmpty() || sorted.length == 0) {
            return NONE;
        }
        long h = hash(value) & ~idMask;
        int i = Arrays.binarySearch(sorted, h);
        if (i < 0) {
            i = -i - 1;
        }
        int[] hits = NONE;
        int n = 0;
        for (; i < sorted.length && (sorted[i] & ~idMask) == h; i++) {
            int r = (int) (sorted[i] & idMask);
            if (value.equals(table.value(r, field))) {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, Math.max(2, n * 2));
                }
                hits[n++] = r;
            }
        }
        return n == hits.length ? hits : Arrays.copyOf(hits, n);
    }

    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
