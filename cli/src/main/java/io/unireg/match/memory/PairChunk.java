package io.unireg.match.memory;

import java.util.Arrays;

/** A growable columnar block of scored pairs (one per scoring task); ~22 bytes a pair. */
final class PairChunk {

    int size;
    int[] left;
    int[] right;
    float[] weight;
    long[] levels;
    /** decision (2 bits) | reason (2 bits) << 2 | (deterministic rule + 1) (4 bits) << 4. */
    byte[] flags;
    byte[] blockedBy;

    PairChunk(int capacity) {
        capacity = Math.max(capacity, 16);
        left = new int[capacity];
        right = new int[capacity];
        weight = new float[capacity];
        levels = new long[capacity];
        flags = new byte[capacity];
        blockedBy = new byte[capacity];
    }

    void add(int a, int b, double w, long lv, int flag, int rule) {
        if (size == left.length) {
            int cap = size * 2;
            left = Arrays.copyOf(left, cap);
            right = Arrays.copyOf(right, cap);
            weight = Arrays.copyOf(weight, cap);
            levels = Arrays.copyOf(levels, cap);
            flags = Arrays.copyOf(flags, cap);
            blockedBy = Arrays.copyOf(blockedBy, cap);
        }
        left[size] = a;
        right[size] = b;
        weight[size] = (float) w;
        levels[size] = lv;
        flags[size] = (byte) flag;
        blockedBy[size] = (byte) rule;
        size++;
    }

    static int flag(int decision, int reason, int rule) {
        return decision | reason << 2 | (rule + 1) << 4;
    }

    void trim() {
        left = Arrays.copyOf(left, size);
        right = Arrays.copyOf(right, size);
        weight = Arrays.copyOf(weight, size);
        levels = Arrays.copyOf(levels, size);
        flags = Arrays.copyOf(flags, size);
        blockedBy = Arrays.copyOf(blockedBy, size);
    }
}
