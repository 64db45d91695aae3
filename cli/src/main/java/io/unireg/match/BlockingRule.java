package io.unireg.match;

import java.util.List;

/**
 * Records whose every key expression gives the same non-empty value become candidate pairs. A pair
 * found by several rules is compared once (by the first rule that finds it).
 */
public record BlockingRule(List<FieldExpression> keys) {

    public BlockingRule {
        keys = List.copyOf(keys);
    }

    /** The rule as the job file writes it: {@code [name_key(surname), birth_date]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < keys.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(keys.get(i));
        }
        return s.append(']').toString();
    }
}
