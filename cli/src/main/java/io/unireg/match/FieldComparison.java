package io.unireg.match;

import java.util.ArrayList;
import java.util.List;

/**
 * How one target field is compared: its ordered levels, and whether an exact agreement is weighed
 * by how common the value is (term frequency: agreeing on "Коваленко" says less than on a rare surname).
 *
 * <p>Level numbers used everywhere (parameters, scored pairs): 0 = {@code null}, 1..n = {@code levels},
 * n+1 = {@code else}.
 */
public record FieldComparison(String field, int fieldIndex, List<ComparisonLevel> levels, boolean termFrequency) {

    public static final String NULL_LABEL = "null";
    public static final String ELSE_LABEL = "else";

    public FieldComparison {
        levels = List.copyOf(levels);
    }

    /** Number of level numbers including {@code null} and {@code else}. */
    public int levelCount() {
        return levels.size() + 2;
    }

    public int elseLevel() {
        return levels.size() + 1;
    }

    public String label(int level) {
        if (level == 0) {
            return NULL_LABEL;
        }
        return level == elseLevel() ? ELSE_LABEL : levels.get(level - 1).label();
    }

    /** Labels of all level numbers, {@code null} first and {@code else} last. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(levelCount());
        for (int i = 0; i < levelCount(); i++) {
            labels.add(label(i));
        }
        return labels;
    }
}
