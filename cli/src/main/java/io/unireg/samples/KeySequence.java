package io.unireg.samples;

import java.util.SplittableRandom;

/**
 * Unique record numbers that are not sequential: an affine permutation {@code low + (a·i + b) mod size}
 * of the 6-digit range (7-digit when more than 900,000 rows are asked for). {@code a} is coprime with
 * the range size (whose prime factors are 2, 3 and 5), so no two rows share a key.
 */
final class KeySequence {

    private final long low;
    private final long size;
    private final long a;
    private final long b;

    KeySequence(int rows, SplittableRandom rnd) {
        if (rows > 9_000_000) {
            throw new IllegalArgumentException("at most 9,000,000 rows, got " + rows);
        }
        this.low = rows <= 900_000 ? 100_000 : 1_000_000;
        this.size = 9 * low;
        long candidate = size / 3 + rnd.nextLong(size / 3);
        while (candidate % 2 == 0 || candidate % 3 == 0 || candidate % 5 == 0) {
            candidate++;
        }
        this.a = candidate;
        this.b = rnd.nextLong(size);
    }

    long key(int index) {
        return low + Math.floorMod(a * index + b, size);
    }
}
