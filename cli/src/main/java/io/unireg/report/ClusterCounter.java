package io.unireg.report;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts {@code links.csv} rows per cluster id without holding a million strings: the run's own ids
 * ({@code u} and 16 hex digits, see run/StableId) are kept as longs in an open-addressing table —
 * exact, since the 64 bits are the id — and any other spelling falls back to a map of strings.
 */
final class ClusterCounter {

    /**
     * Open addressing over one int array, three ints a slot: the id's high and low halves and its
     * count. Key and count side by side cost one cache miss per row where two arrays cost two — with
     * a million clusters the table is far larger than the cache. Id 0 marks an empty slot (the id 0
     * itself is counted apart).
     */
    private static final int SLOT = 3;

    private int[] table = new int[SLOT << 12];
    private int capacity = 1 << 12;
    private int size;
    private boolean zeroSeen;
    private int zeroCount;
    private final Map<String, Integer> other = new HashMap<>();

    void add(String clusterId) {
        if (clusterId.length() == 17 && clusterId.charAt(0) == 'u') {
            long id = parseHex(clusterId);
            if (id != -1 || "uffffffffffffffff".equals(clusterId)) {
                addLong(id);
                return;
            }
        }
        other.merge(clusterId, 1, Integer::sum);
    }

    /** Number of distinct clusters. */
    long clusters() {
        return size + (zeroSeen ? 1 : 0) + other.size();
    }

    /** Cluster size → number of clusters of that size. */
    Map<Integer, Long> sizes() {
        Map<Integer, Long> sizes = new TreeMap<>();
        for (int s = 0; s < table.length; s += SLOT) {
            if (table[s] != 0 || table[s + 1] != 0) {
                sizes.merge(table[s + 2], 1L, Long::sum);
            }
        }
        if (zeroSeen) {
            sizes.merge(zeroCount, 1L, Long::sum);
        }
        for (int n : other.values()) {
            sizes.merge(n, 1L, Long::sum);
        }
        return sizes;
    }

    private void addLong(long id) {
        if (id == 0) {
            zeroSeen = true;
            zeroCount++;
            return;
        }
        int high = (int) (id >>> 32);
        int low = (int) id;
        int[] t = table;
        int mask = capacity - 1;
        int i = mix(id) & mask;
        while (true) {
            int s = i * SLOT;
            if (t[s] == high && t[s + 1] == low) {
                t[s + 2]++;
                return;
            }
            if (t[s] == 0 && t[s + 1] == 0) {
                t[s] = high;
                t[s + 1] = low;
                t[s + 2] = 1;
                size++;
                if (size * 4L > capacity * 3L) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        int[] old = table;
        capacity *= 2;
        table = new int[capacity * SLOT];
        int mask = capacity - 1;
        for (int o = 0; o < old.length; o += SLOT) {
            if (old[o] != 0 || old[o + 1] != 0) {
                long id = (long) old[o] << 32 | (old[o + 1] & 0xFFFFFFFFL);
                int i = mix(id) & mask;
                while (table[i * SLOT] != 0 || table[i * SLOT + 1] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, o, table, i * SLOT, SLOT);
            }
        }
    }

    private static int mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return (int) x;
    }

    /** The 16 lower-case hex digits after {@code u}, or -1 when they are not all such. */
    private static long parseHex(String s) {
        long v = 0;
        for (int i = 1; i < 17; i++) {
            char c = s.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
