package io.unireg.state;

import java.util.Arrays;

/** Ids as numbers in arrival order: a first run notes every record, and a list costs 8 bytes a record where a table costs 32 or more. */
final class KeyList {

    private long[] keys = new long[1024];
    private int size;

    void add(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
        }
        keys[size++] = key;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(keys, size);
    }
}
