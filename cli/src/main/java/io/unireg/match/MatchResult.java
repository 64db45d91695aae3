package io.unireg.match;

import java.util.List;

/**
 * What one run produced.
 *
 * @param comparedPerRule pairs each blocking rule contributed after pairs found by an earlier rule were skipped
 * @param stats           figures for the report and the benchmark
 */
public record MatchResult(BlockingPlan plan, long[] comparedPerRule, ScoredPairs pairs, Clusters clusters,
                          ConstraintReport constraints, List<String> ruleNames, MatchStats stats,
                          TrainedParameters parameters, PairExplainer explainer) {

    /** Scores any two records of the run (compared or not) exactly as the run would: for {@code unireg explain}. */
    public ScoredPair explain(int a, int b) {
        return explainer.explain(a, b);
    }

    /** Compares one pair on demand with the run's prepared data. */
    @FunctionalInterface
    public interface PairExplainer {
        ScoredPair explain(int a, int b);
    }
}
