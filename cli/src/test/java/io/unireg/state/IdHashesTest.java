package io.unireg.state;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IdHashesTest {

    @Test
    void idsRoundTripThroughTheirNumbersIncludingTheTopHalfAndZero() {
        for (String id : List.of("u0000000000000000", "u7fffffffffffffff", "u8000000000000000", "uffffffffffffffff", "u0123456789abcdef")) {
            assertThat(IdHashes.id(IdHashes.key(id))).isEqualTo(id);
        }
        assertThat(IdHashes.key("u8000000000000000")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void holdsAHundredThousandIdsThroughGrowthWithTheLastHashWinning() {
        IdHashes table = new IdHashes();
        SplittableRandom random = new SplittableRandom(3);
        long[] keys = new long[100_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i == 0 ? 0 : random.nextLong();
            table.put(keys[i], i);
        }
        table.put(keys[7], -7);
        table.put(0, 42);
        assertThat(table.size()).isEqualTo(keys.length);
        for (int i = 1; i < keys.length; i++) {
            assertThat(table.hashOf(keys[i])).isEqualTo(i == 7 ? -7 : i);
        }
        assertThat(table.containsKey(0)).isTrue();
        assertThat(table.hashOf(0)).isEqualTo(42);
        assertThat(table.containsKey(12345)).isFalse();
        assertThat(table.hash(IdHashes.id(keys[9]))).isEqualTo(9L);
        assertThat(table.hash("u00000000000000ff")).isNull();
        List<Long> seen = new ArrayList<>();
        table.forEachKey(seen::add);
        assertThat(seen).hasSize(keys.length).contains(0L, keys[1], keys[99_999]);
    }

    @Test
    void keysNotSeenComeSortedAsSignedNumbers() {
        IdHashes before = new IdHashes(), after = new IdHashes();
        for (long k : new long[]{5, -3, 0, Long.MIN_VALUE, 9, Long.MAX_VALUE}) {
            before.put(k, 1);
        }
        after.put(9, 1);
        after.put(-3, 2);
        assertThat(before.keysWhere(i -> true)).containsExactly(Long.MIN_VALUE, -3, 0, 5, 9, Long.MAX_VALUE);
        SeenIds seenBefore = new SeenIds(before);
        after.forEachKey(seenBefore::add);
        assertThat(seenBefore.unseen()).containsExactly(Long.MIN_VALUE, 0, 5, Long.MAX_VALUE);
        SeenIds seenAfter = new SeenIds(after);
        before.forEachKey(seenAfter::add);
        assertThat(seenAfter.unseen()).isEmpty();
    }
}
