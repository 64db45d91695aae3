package io.unireg.match.memory;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityTest {

    @Test
    void jaroWinklerMatchesPublishedValues() {
        // Winkler's and Wikipedia's worked examples
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
        assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
        assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
        assertThat(Similarity.jaroWinkler("Коваленко", "Коваленко")).isEqualTo(1.0);
    }

    @Test
    void longStringsGiveTheSameAnswerAsShortOnes() {
        String a = "x".repeat(70) + "martha";
        String b = "x".repeat(70) + "marhta";
        assertThat(Similarity.jaroWinkler(a, b)).isGreaterThan(0.95).isLessThan(1.0);
    }

    @Test
    void bandedLevenshteinAgreesWithTheFullTable() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 3000; i++) {
            String s = random(rnd);
            String t = random(rnd);
            int d = full(s, t);
            for (int k = 0; k <= 3; k++) {
                assertThat(Similarity.levenshteinAtMost(s, t, k)).as("%s %s k=%d d=%d", s, t, k, d).isEqualTo(d <= k);
            }
        }
    }

    private static String random(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + rnd.nextInt(3)));
        }
        return b.toString();
    }

    private static int full(String s, String t) {
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[s.length()][t.length()];
    }
}
