package io.unireg.match;

import java.util.List;

/**
 * A rule applied before the probabilistic score.
 * <ul>
 *   <li>{@link Kind#SAME}: every listed field is present on both sides (identifier fields also
 *       valid) and equal → the pair is a match, whatever the score says.</li>
 *   <li>{@link Kind#DIFFERENT}: some listed field is present (and valid) on both sides and differs
 *       → never a match.</li>
 * </ul>
 * A {@code DIFFERENT} rule wins over a {@code SAME} rule; clerk decisions win over both.
 *
 * @param text the rule as written, for reports
 */
public record DeterministicRule(Kind kind, List<String> fields, List<Integer> fieldIndexes, String text) {

    public enum Kind {
        SAME, DIFFERENT
    }

    public DeterministicRule {
        fields = List.copyOf(fields);
        fieldIndexes = List.copyOf(fieldIndexes);
    }

    public Decision decision() {
        return kind == Kind.SAME ? Decision.MATCH : Decision.NON_MATCH;
    }
}
