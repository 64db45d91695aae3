package io.unireg.match.memory;

/**
 * String similarity for comparison levels, allocation-free for the short strings names and
 * addresses are (matched flags in two longs up to 64 chars; longer strings fall back to arrays).
 */
final class Similarity {

    /** Two DP rows per thread: the hot loop allocates nothing. */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[][]{new int[64], new int[64]});

    private Similarity() {
    }

    /** Jaro–Winkler with prefix scale 0.1 and prefix up to 4 (Winkler 1990), as Splink and Duke use it. */
    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1.0;
        }
        int n = s.length();
        int m = t.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        double jaro = n <= 64 && m <= 64 ? jaroShort(s, t) : jaroLong(s, t);
        int prefix = 0;
        int limit = Math.min(4, Math.min(n, m));
        while (prefix < limit && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double jaroShort(String s, String t) {
        int n = s.length();
        int m = t.length();
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        long sMatched = 0;
        long tMatched = 0;
        int matches = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(m - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((tMatched & (1L << j)) == 0 && t.charAt(j) == c) {
                    tMatched |= 1L << j;
                    sMatched |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if ((sMatched & (1L << i)) != 0) {
                while ((tMatched & (1L << j)) == 0) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double mm = matches;
        return (mm / n + mm / m + (mm - transpositions / 2.0) / mm) / 3.0;
    }

    private static double jaroLong(String s, String t) {
        int n = s.length();
        int m = t.length();
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] sMatched = new boolean[n];
        boolean[] tMatched = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(m - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && t.charAt(j) == s.charAt(i)) {
                    tMatched[j] = true;
                    sMatched[i] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (sMatched[i]) {
                while (!tMatched[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double mm = matches;
        return (mm / n + mm / m + (mm - transpositions / 2.0) / mm) / 3.0;
    }

    /** Whether the edit distance is at most {@code k}; banded so it costs O(k·n), not O(n·m). */
    static boolean levenshteinAtMost(String s, String t, int k) {
        int n = s.length();
        int m = t.length();
        if (Math.abs(n - m) > k) {
            return false;
        }
        if (s.equals(t)) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        int big = k + 1;
        int[][] rows = SCRATCH.get();
        if (rows[0].length < m + 1) {
            rows[0] = new int[m + 1];
            rows[1] = new int[m + 1];
            SCRATCH.set(rows);
        }
        int[] prev = rows[0];
        int[] cur = rows[1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= k ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - k);
            int to = Math.min(m, i + k);
            cur[0] = i <= k ? i : big;
            if (from > 1) {
                cur[from - 1] = big;
            }
            int rowMin = cur[0];
            char c = s.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = c == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = big;
            }
            if (rowMin > k) {
                return false;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[m] <= k;
    }
}
