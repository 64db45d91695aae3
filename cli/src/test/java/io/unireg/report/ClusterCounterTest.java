package io.unireg.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Cluster sizes counted from links.csv's cluster ids, against a plain count of the same ids. */
class ClusterCounterTest {

    @Test
    void sortsAsSignedLongsAsArraysSortDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[]{0, 1, 2, 255, 256, 1_000, 65_536}) {
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                // full 64-bit values, negative ones included, some repeated, some sharing every byte but one
                values[i] = i % 5 == 0 && i > 0 ? values[i - 1] : i % 7 == 0 ? random.nextLong() & 0xFF : random.nextLong();
            }
            long[] expected = values.clone();
            Arrays.sort(expected);
            long[] actual = Arrays.copyOf(values, n + 3); // a longer array: only the first n are sorted
            actual[n] = Long.MIN_VALUE;
            ClusterCounter.sort(actual, n, new long[n + 3]);
            assertThat(Arrays.copyOf(actual, n)).as("n = " + n).isEqualTo(expected);
            assertThat(actual[n]).isEqualTo(Long.MIN_VALUE);
        }
    }

    /** Over several sorted blocks and a partial one, ids of either sign and other spellings: the same sizes as a map gives. */
    @Test
    void countsClustersAcrossBlocksAsAMapWould() {
        SplittableRandom random = new SplittableRandom(11);
        ClusterCounter counter = new ClusterCounter();
        Map<String, Integer> plain = new HashMap<>();
        long[] pool = new long[150_000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = random.nextLong();
        }
        for (int i = 0; i < 200_000; i++) {
            // most ids once, some twice or more (the same key twice), a few in another spelling
            String id = i % 997 == 0 ? "cluster-" + (i % 5)
                    : "u" + String.format(Locale.ROOT, "%016x", pool[random.nextInt(i % 3 == 0 ? 20_000 : pool.length)]);
            counter.add(id);
            plain.merge(id, 1, Integer::sum);
        }
        Map<Integer, Long> sizes = new TreeMap<>();
        plain.values().forEach(n -> sizes.merge(n, 1L, Long::sum));
        assertThat(counter.clusters()).isEqualTo(plain.size());
        assertThat(new TreeMap<>(counter.sizes())).isEqualTo(sizes);
        assertThat(sizes).as("the ids repeat often enough to matter").hasSizeGreaterThan(3);
    }

    /** Ids of the run's length that are not its spelling (upper case, other letters, past ASCII) are other ids, each itself. */
    @Test
    void idsOfTheRightLengthButNotLowerCaseHexAreCountedAsTheyAreSpelt() {
        ClusterCounter counter = new ClusterCounter();
        List<String> ids = List.of("u00000000000000ff", "u00000000000000FF", "u00000000000000fg", "u00000000000000f\u0130", "u00000000000000f0",
                "u00000000000000f\u0146", "u00000000000000f/", "u00000000000000f:", "u00000000000000f`", "uffffffffffffffff");
        for (String id : ids) {
            counter.add(id);
        }
        counter.add("u00000000000000ff");
        counter.add("u00000000000000FF");
        assertThat(counter.clusters()).isEqualTo(ids.size());
        assertThat(counter.sizes()).containsOnly(Map.entry(1, (long) ids.size() - 2), Map.entry(2, 2L));
    }

    /**
     * Past sixteen blocks, so runs are merged at several levels as they come; the figures asked for
     * along the way must not disturb later ones.
     */
    @Test
    void countsAsAMapWouldWhileBlocksMergeAndFiguresAreAskedForOnTheWay() {
        SplittableRandom random = new SplittableRandom(13);
        ClusterCounter counter = new ClusterCounter();
        Map<Long, Integer> plain = new HashMap<>();
        for (int i = 1; i <= 1_100_000; i++) {
            // each id once, some twice or three times: a key repeated in a source, far apart or close by
            long id = i % 10 == 0 ? random.nextLong(100_000) : random.nextLong();
            counter.add("u" + String.format(Locale.ROOT, "%016x", id));
            plain.merge(id, 1, Integer::sum);
            if (i == 70_000 || i == 300_001 || i == 1_100_000) {
                Map<Integer, Long> sizes = new TreeMap<>();
                plain.values().forEach(n -> sizes.merge(n, 1L, Long::sum));
                assertThat(counter.clusters()).as("after %d ids", i).isEqualTo(plain.size());
                assertThat(new TreeMap<>(counter.sizes())).as("after %d ids", i).isEqualTo(sizes);
            }
        }
        assertThat(plain.values()).as("the ids repeat").contains(2, 3);
    }

    @Test
    void mergesTwoSortedRunsIntoOne() {
        assertThat(ClusterCounter.merge(new long[]{-5, 1, 1, 9}, new long[]{-7, 1, 10})).containsExactly(-7, -5, 1, 1, 1, 9, 10);
        assertThat(ClusterCounter.merge(new long[]{}, new long[]{3})).containsExactly(3);
        assertThat(ClusterCounter.merge(new long[]{3}, new long[]{})).containsExactly(3);
    }
}
