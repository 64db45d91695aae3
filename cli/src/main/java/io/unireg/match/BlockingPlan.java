package io.unireg.match;

import java.util.List;

/** Every rule's pair count, known before running; a plan with a refused rule must not run. */
public record BlockingPlan(List<RuleCount> rules, long maxPairsPerRule) {

    public BlockingPlan {
        rules = List.copyOf(rules);
    }

    public List<RuleCount> refused() {
        return rules.stream().filter(RuleCount::refused).toList();
    }

    public boolean runnable() {
        return refused().isEmpty();
    }

    /** Upper bound on compared pairs (pairs found by several rules are compared once). */
    public long candidatePairs() {
        return rules.stream().mapToLong(RuleCount::candidatePairs).sum();
    }
}
