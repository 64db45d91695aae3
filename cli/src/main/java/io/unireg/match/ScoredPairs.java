package io.unireg.match;

/**
 * Every compared pair of a run, stored compactly (millions of pairs): read by index, materialise
 * one with {@link #pair(int)} only where a file or an explanation needs the details.
 * Each pair has left &lt; right; pairs come in a deterministic order (blocking rule, then key group),
 * the same on every run of the same data and settings.
 */
public interface ScoredPairs {

    int size();

    int left(int pair);

    int right(int pair);

    double probability(int pair);

    double matchWeight(int pair);

    Decision decision(int pair);

    DecisionReason reason(int pair);

    /** Level number reached by compared field {@code comparison} (index into {@link MatchSettings#comparisons()}). */
    int level(int pair, int comparison);

    ScoredPair pair(int pair);

    /** Counts per decision, indexed by {@link Decision#ordinal()}. */
    default long[] decisionCounts() {
        long[] counts = new long[Decision.values().length];
        for (int i = 0; i < size(); i++) {
            counts[decision(i).ordinal()]++;
        }
        return counts;
    }
}
