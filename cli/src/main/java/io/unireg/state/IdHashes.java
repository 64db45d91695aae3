package io.unireg.state;

import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * unireg_id → whole-record hash in an open-addressing table of primitives (about 34 bytes a record
 * at most) instead of a map of strings and byte arrays (~200). Every id is a {@code StableId}
 * ({@code u} and 16 hex digits), so it is kept as its 64-bit number and written back from it.
 */
public final class IdHashes {

    private long[] keys = new long[16];
    private long[] values = new long[16];
    private boolean[] used = new boolean[16];
    private int size;

    public static long key(String id) {
        if (id.length() != 17 || id.charAt(0) != 'u') {
            throw new IllegalArgumentException("not a unireg id: '" + id + "'");
        }
        return Long.parseUnsignedLong(id, 1, 17, 16);
    }

    public static String id(long key) {
        return "u" + String.format(Locale.ROOT, "%016x", key);
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    public void put(String id, long hash) {
        putKey(key(id), hash);
    }

    private void putKey(long k, long hash) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(k, mask);
        while (used[i]) {
            if (keys[i] == k) {
                values[i] = hash;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = k;
        values[i] = hash;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys, oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                putKey(oldKeys[i], oldValues[i]);
            }
        }
    }

    private int find(long k) {
        int mask = keys.length - 1;
        int i = slot(k, mask);
        while (used[i]) {
            if (keys[i] == k) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public boolean contains(String id) {
        return find(key(id)) >= 0;
    }

    public boolean containsKey(long k) {
        return find(k) >= 0;
    }

    /** The id's hash, or {@code null} when it is absent. */
    public Long hash(String id) {
        int i = find(key(id));
        return i < 0 ? null : values[i];
    }

    public void forEachKey(LongConsumer action) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                action.accept(keys[i]);
            }
        }
    }
}
