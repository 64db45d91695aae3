package io.unireg.match.memory;

import java.util.Arrays;

/**
 * Counts of level patterns (all fields' levels packed in a long): EM iterates over a few hundred
 * distinct patterns instead of millions of pairs. Open addressing, no boxing.
 */
final class PatternCounts {

    private long[] keys = new long[64];
    private long[] counts = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    void add(long pattern, long n) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(pattern, keys.length);
        while (used[i] && keys[i] != pattern) {
            i = (i + 1) & (keys.length - 1);
        }
        if (!used[i]) {
            used[i] = true;
            keys[i] = pattern;
            size++;
        }
        counts[i] += n;
    }

    void addAll(PatternCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.used[i]) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    private static int slot(long k, int length) {
        return (int) (BlockingIndex.mix(k) & (length - 1));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    /** Patterns and counts as two arrays, sorted by pattern so EM sums in a fixed order. */
    long[][] toArrays() {
        long[] k = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                k[n++] = keys[i];
            }
        }
        Arrays.sort(k);
        long[] c = new long[size];
        for (int j = 0; j < size; j++) {
            int i = slot(k[j], keys.length);
            while (keys[i] != k[j] || !used[i]) {
                i = (i + 1) & (keys.length - 1);
            }
            c[j] = counts[i];
        }
        return new long[][]{k, c};
    }

    long total() {
        long t = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                t += counts[i];
            }
        }
        return t;
    }
}
