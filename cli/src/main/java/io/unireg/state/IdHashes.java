package io.unireg.state;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * unireg_id → whole-record hash in an open-addressing table of primitives (at most 32 bytes a record)
 * instead of a map of strings and byte arrays (~200). Every id is a {@code StableId} ({@code u} and 16
 * hex digits), so it is kept as its 64-bit number and written back from it. Key and hash sit side by
 * side in one array: a lookup in a table of a million costs one cache miss, not three.
 */
public final class IdHashes {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Slot pairs (key, hash); key 0 marks a free slot, so the id whose number is 0 is held apart. */
    private long[] slots;
    private int size;
    private boolean hasZero;
    private long zeroHash;

    public IdHashes() {
        this(8);
    }

    /** A table that holds {@code expected} ids without growing. */
    public IdHashes(int expected) {
        int capacity = 16;
        while (capacity < 2L * expected) {
            capacity <<= 1;
        }
        slots = new long[2 * capacity];
    }

    public static long key(String id) {
        if (id.length() != 17 || id.charAt(0) != 'u') {
            throw new IllegalArgumentException("not a unireg id: '" + id + "'");
        }
        return Long.parseUnsignedLong(id, 1, 17, 16);
    }

    public static String id(long key) {
        char[] c = new char[17];
        c[0] = 'u';
        for (int i = 16; i > 0; i--) {
            c[i] = HEX[(int) key & 15];
            key >>>= 4;
        }
        return new String(c);
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    public void put(String id, long hash) {
        put(key(id), hash);
    }

    public void put(long k, long hash) {
        if (k == 0) {
            size += hasZero ? 0 : 1;
            hasZero = true;
            zeroHash = hash;
            return;
        }
        if (2 * (size + 1) > slots.length / 2) {
            grow();
        }
        int mask = slots.length / 2 - 1;
        int i = slot(k, mask);
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == k) {
                slots[2 * i + 1] = hash;
                return;
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = hash;
        size++;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = hasZero ? 1 : 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], old[i + 1]);
            }
        }
    }

    /** The pair index of {@code k} (non-zero), or -1. */
    private int find(long k) {
        int mask = slots.length / 2 - 1;
        int i = slot(k, mask);
        long at;
        while ((at = slots[2 * i]) != 0) {
            if (at == k) {
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
        return containsKey(key(id));
    }

    public boolean containsKey(long k) {
        return k == 0 ? hasZero : find(k) >= 0;
    }

    /** The id's hash, or {@code null} when it is absent. */
    public Long hash(String id) {
        long k = key(id);
        return containsKey(k) ? hashOf(k) : null;
    }

    /** The hash of an id that {@link #containsKey is present}. */
    public long hashOf(long k) {
        if (k == 0) {
            return zeroHash;
        }
        int i = find(k);
        if (i < 0) {
            throw new IllegalArgumentException("absent: " + id(k));
        }
        return slots[2 * i + 1];
    }

    /**
     * Where {@code k} sits: an index below {@link #indexes()} that stays the same until the table grows
     * (the zero key has the last one), or -1 when it is absent.
     */
    public int indexOf(long k) {
        return k == 0 ? (hasZero ? slots.length / 2 : -1) : find(k);
    }

    /** One more than the highest {@link #indexOf index}. */
    public int indexes() {
        return slots.length / 2 + 1;
    }

    /** The hash at an index {@link #indexOf} gave. */
    public long hashAt(int index) {
        return index == slots.length / 2 ? zeroHash : slots[2 * index + 1];
    }

    private long keyAt(int index) {
        return index == slots.length / 2 ? 0 : slots[2 * index];
    }

    /** The keys whose index passes {@code test}, ascending (signed). */
    long[] keysWhere(java.util.function.IntPredicate test) {
        long[] keys = new long[Math.max(16, size / 64)];
        int n = 0;
        for (int i = 0; i < indexes(); i++) {
            boolean present = i == slots.length / 2 ? hasZero : slots[2 * i] != 0;
            if (present && test.test(i)) {
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * n);
                }
                keys[n++] = keyAt(i);
            }
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.sort(keys);
        return keys;
    }

    public void forEachKey(LongConsumer action) {
        if (hasZero) {
            action.accept(0);
        }
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                action.accept(slots[i]);
            }
        }
    }
}
