package io.unireg.match.memory;

import io.unireg.match.BlockingPlan;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchExecutor;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.TrainedParameters;

import java.util.List;

/** The in-memory executor: compact blocking index, int ids, both cores. */
public final class InMemoryMatcher implements MatchExecutor {

    @Override
    public BlockingPlan plan(MatchSettings settings, List<MatchRecord> records) {
        throw new UnsupportedOperationException("being implemented on branch match");
    }

    @Override
    public TrainedParameters train(MatchSettings settings, List<MatchRecord> records) {
        throw new UnsupportedOperationException("being implemented on branch match");
    }

    @Override
    public MatchResult run(MatchSettings settings, TrainedParameters parameters, List<MatchRecord> records,
                           MatchConstraints constraints) {
        throw new UnsupportedOperationException("being implemented on branch match");
    }
}
