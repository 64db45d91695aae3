package io.unireg.match;

import java.util.List;

/**
 * Runs a {@link MatchSettings} model over records. The in-memory executor is
 * {@link io.unireg.match.memory.InMemoryMatcher}; the interface exists so a distributed one can run the
 * same model. {@code records.get(i).id()} must equal {@code i}.
 */
public interface MatchExecutor {

    /** Pair counts per blocking rule from key group sizes, before any pair is made; refuses explosive rules. */
    BlockingPlan plan(MatchSettings settings, List<MatchRecord> records);

    /** u from random pairs, m and the prior by EM over candidate pairs (per blocking rule). */
    TrainedParameters train(MatchSettings settings, List<MatchRecord> records);

    /**
     * Blocks, compares, decides and clusters. {@code parameters} {@code null} → trained first on these records.
     *
     * @throws IllegalArgumentException when the plan has a refused rule (call {@link #plan} first and report it)
     *                                  or the parameters do not fit the settings
     */
    MatchResult run(MatchSettings settings, TrainedParameters parameters, List<MatchRecord> records,
                    MatchConstraints constraints);
}
