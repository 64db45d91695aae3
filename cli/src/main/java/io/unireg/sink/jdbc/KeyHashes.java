package io.unireg.sink.jdbc;

/**
 * The 64-bit hashes of the keys a load has sent, to tell whether a key may repeat without asking the
 * server. A new hash proves the key is new; a hash seen before only says "maybe" (two keys can share a
 * hash), so a caller takes the path that is right for repeats too. Open addressing over a
 * {@code long[]}: 16 bytes per key at most, no object per key.
 */
final class KeyHashes {

    /** Marks a free slot; a key hashing to 0 is stored as 1 (a "maybe" more, never a miss). */
    private static final long FREE = 0;

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the hash; false when it was there already (the key may be a repeat). */
    boolean add(long hash) {
        long h = hash == FREE ? 1 : hash;
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == h) {
                return false;
            }
            if (s == FREE) {
                slots[i] = h;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        java.util.Arrays.fill(slots, FREE);
        size = 0;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long s : old) {
            if (s != FREE) {
                add(s);
            }
        }
    }

    /** Hash of {@code b[from, to)} folded into {@code h} (start from {@link #SEED}): FNV-1a, then a final mix. */
    static long mix(long h, byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
        }
        // the field's end, so that ("ab", "c") and ("a", "bc") differ
        h = (h ^ 0x1F) * 0x100000001B3L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }

    static final long SEED = 0xCBF29CE484222325L;
}
