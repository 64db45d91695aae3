package io.unireg.match;

import java.util.List;

/**
 * A compared pair, materialised for explain and review files: the records, per-field scores,
 * the total match weight (prior + fields), probability and decision.
 *
 * @param rule      the deterministic rule or clerk origin that decided it, or empty when the model did
 * @param blockedBy index of the blocking rule that produced the pair (-1 for a must-link pair no rule found)
 */
public record ScoredPair(int left, int right, List<FieldScore> fields, double priorWeight, double matchWeight,
                         double probability, Decision decision, DecisionReason reason, String rule, int blockedBy) {

    public ScoredPair {
        fields = List.copyOf(fields);
    }
}
