package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeySequenceTest {

    @Test
    void neverRepeatsAKeyEvenAtAMillionRows() {
        int rows = 1_000_000;
        KeySequence keys = new KeySequence(rows, new SplittableRandom(3));
        boolean[] used = new boolean[10_000_000];
        for (int i = 0; i < rows; i++) {
            long k = keys.key(i);
            assertThat(k).isBetween(1_000_000L, 9_999_999L);
            assertThat(used[(int) k]).as("key %d repeated", k).isFalse();
            used[(int) k] = true;
        }
    }

    @Test
    void usesSixDigitKeysThatAreNotSequential() {
        KeySequence keys = new KeySequence(3000, new SplittableRandom(3));
        int ascendingByOne = 0;
        for (int i = 0; i < 3000; i++) {
            assertThat(keys.key(i)).isBetween(100_000L, 999_999L);
            if (i > 0 && keys.key(i) == keys.key(i - 1) + 1) {
                ascendingByOne++;
            }
        }
        assertThat(ascendingByOne).isZero();
    }
}
