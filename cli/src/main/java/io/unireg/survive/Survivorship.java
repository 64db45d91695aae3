package io.unireg.survive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The job's survivorship: a rule per target field, and a default for the fields the job does not
 * name. Immutable; {@link #merge} is pure and thread-safe.
 */
public final class Survivorship {

    /** Without a {@code survivorship:} section: the value most rows agree on. */
    public static final SurvivalRule DEFAULT_RULE = new SurvivalRule.MostFrequent();

    private final List<String> fieldNames;
    private final SurvivalRule[] rules;
    private final SurvivalRule defaultRule;

    /**
     * @param fieldNames the target schema's fields, in order
     * @param byField    rules the job names, by field name
     */
    public Survivorship(List<String> fieldNames, Map<String, SurvivalRule> byField, SurvivalRule defaultRule) {
        this.fieldNames = List.copyOf(fieldNames);
        this.defaultRule = defaultRule;
        this.rules = new SurvivalRule[fieldNames.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = byField.getOrDefault(fieldNames.get(i), defaultRule);
        }
    }

    public static Survivorship defaults(List<String> fieldNames) {
        return new Survivorship(fieldNames, Map.of(), DEFAULT_RULE);
    }

    public SurvivalRule ruleFor(String field) {
        int i = fieldNames.indexOf(field);
        return i < 0 ? defaultRule : rules[i];
    }

    public SurvivalRule defaultRule() {
        return defaultRule;
    }

    /** Merges a cluster; the members may come in any order. A single member is returned as it is. */
    public GoldenRecord merge(String clusterId, List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one member");
        }
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(Member::compare);
        List<String> lineage = ordered.stream().map(Member::ref).toList();
        if (ordered.size() == 1) {
            return new GoldenRecord(clusterId, ordered.get(0).values(), lineage);
        }
        String[] values = new String[rules.length];
        for (int f = 0; f < rules.length; f++) {
            values[f] = rules[f].choose(ordered, f);
        }
        return new GoldenRecord(clusterId, values, lineage);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("survivorship default " + defaultRule.describe());
        for (int i = 0; i < rules.length; i++) {
            if (rules[i] != defaultRule) {
                sb.append(", ").append(fieldNames.get(i)).append(' ').append(rules[i].describe());
            }
        }
        return sb.toString();
    }

    List<SurvivalRule> rules() {
        return Arrays.asList(rules);
    }
}
