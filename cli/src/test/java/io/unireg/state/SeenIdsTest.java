package io.unireg.state;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenIdsTest {

    @Test
    void marksTheLastRunsIdsByTheirSlotAndKeepsOthersApart() {
        IdHashes previous = new IdHashes();
        long[] keys = {Long.MIN_VALUE, -7, 0, 5, 12, Long.MAX_VALUE};
        for (long k : keys) {
            previous.put(k, k * 31);
        }
        SeenIds seen = new SeenIds(previous);
        assertThat(seen.unseen()).containsExactly(keys);

        seen.seenAt(previous.indexOf(5));
        seen.seenAt(previous.indexOf(5)); // twice: one id
        seen.seenAt(previous.indexOf(0));
        seen.add(Long.MIN_VALUE);
        seen.add(99); // not in the last run: remembered apart
        seen.add(99);
        assertThat(seen.size()).isEqualTo(4);
        assertThat(seen.containsKey(5)).isTrue();
        assertThat(seen.containsKey(0)).isTrue();
        assertThat(seen.containsKey(99)).isTrue();
        assertThat(seen.containsKey(12)).isFalse();
        assertThat(seen.containsKey(100)).isFalse();
        assertThat(seen.unseen()).containsExactly(-7, 12, Long.MAX_VALUE);
        assertThat(previous.hashAt(previous.indexOf(12))).isEqualTo(12 * 31);
        assertThat(previous.hashAt(previous.indexOf(0))).isZero();
        assertThat(previous.indexOf(100)).isEqualTo(-1);
    }

    @Test
    void aMillionIdsOfWhichEveryThirdIsSeen() {
        IdHashes previous = new IdHashes(1_000_000);
        java.util.Random random = new java.util.Random(5);
        long[] keys = new long[1_000_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
            previous.put(keys[i], i);
        }
        SeenIds seen = new SeenIds(previous);
        for (int i = 0; i < keys.length; i += 3) {
            seen.seenAt(previous.indexOf(keys[i]));
        }
        assertThat(seen.size()).isEqualTo(333_334);
        long[] unseen = seen.unseen();
        assertThat(unseen).hasSize(666_666).isSorted();
        for (int i = 0; i < keys.length; i++) {
            assertThat(seen.containsKey(keys[i])).isEqualTo(i % 3 == 0);
        }
    }
}
