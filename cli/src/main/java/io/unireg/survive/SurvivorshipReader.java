package io.unireg.survive;

import io.unireg.job.JobError;
import io.unireg.job.Suggestions;
import io.unireg.job.YamlNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code dedupe.survivorship} from the job file:
 * <pre>
 * survivorship:
 *   default: most_frequent                 # for every field not named below
 *   given_name: longest
 *   registration_street: {most_recent: entry_date}
 *   rnokpp: valid_first
 *   birth_place: {source_priority: [residents, benefits]}
 * </pre>
 * Every problem becomes a located {@link JobError}; the reader still returns a usable value.
 */
public final class SurvivorshipReader {

    public static final Set<String> RULES = Set.of("most_frequent", "longest", "most_recent", "source_priority", "valid_first");

    private final List<String> fieldNames;
    private final List<String> sourceIds;
    private final SurvivalRule.ValueCheck check;

    public SurvivorshipReader(List<String> fieldNames, List<String> sourceIds, SurvivalRule.ValueCheck check) {
        this.fieldNames = List.copyOf(fieldNames);
        this.sourceIds = List.copyOf(sourceIds);
        this.check = check;
    }

    /** {@code node} may be {@code null} (no section): the defaults. */
    public Survivorship read(YamlNode node, List<JobError> errors) {
        if (node == null) {
            return Survivorship.defaults(fieldNames);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            errors.add(new JobError(node.location(), "survivorship must be a mapping of field: rule, found " + node.kind()));
            return Survivorship.defaults(fieldNames);
        }
        SurvivalRule defaultRule = Survivorship.DEFAULT_RULE;
        Map<String, SurvivalRule> byField = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries().values()) {
            if (e.key().equals("default")) {
                SurvivalRule r = rule(e.value(), "survivorship default", errors);
                if (r != null) {
                    defaultRule = r;
                }
                continue;
            }
            if (!fieldNames.contains(e.key())) {
                List<String> known = new ArrayList<>(fieldNames);
                known.add("default");
                errors.add(new JobError(e.keyLocation(), "survivorship: '" + e.key() + "' is not a field of the target schema"
                        + Suggestions.didYouMean(e.key(), known)));
                continue;
            }
            SurvivalRule r = rule(e.value(), "survivorship of '" + e.key() + "'", errors);
            if (r != null) {
                byField.put(e.key(), r);
            }
        }
        return new Survivorship(fieldNames, byField, defaultRule);
    }

    private SurvivalRule rule(YamlNode node, String where, List<JobError> errors) {
        String name;
        YamlNode arg = null;
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            name = s.text().trim();
        } else if (node instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            YamlNode.Entry e = m.entries().values().iterator().next();
            name = e.key();
            arg = e.value();
        } else {
            errors.add(new JobError(node.location(), where + ": a rule is a name (most_frequent, longest, valid_first) or "
                    + "{most_recent: DATE_FIELD} or {source_priority: [SOURCE, …]}"));
            return null;
        }
        if (!RULES.contains(name)) {
            errors.add(new JobError(node.location(), where + ": unknown rule '" + name + "'" + Suggestions.didYouMean(name, RULES)
                    + "; rules: " + String.join(", ", RULES.stream().sorted().toList())));
            return null;
        }
        switch (name) {
            case "most_recent" -> {
                String field = arg instanceof YamlNode.Scalar s && !s.isNull() ? s.text().trim() : null;
                if (field == null) {
                    errors.add(new JobError(node.location(), where + ": most_recent needs the date field that says which row is newest, e.g. {most_recent: entry_date}"));
                    return null;
                }
                int index = fieldNames.indexOf(field);
                if (index < 0) {
                    errors.add(new JobError(arg.location(), where + ": most_recent: '" + field + "' is not a field of the target schema"
                            + Suggestions.didYouMean(field, fieldNames)));
                    return null;
                }
                return new SurvivalRule.MostRecent(field, index);
            }
            case "source_priority" -> {
                if (!(arg instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
                    errors.add(new JobError(node.location(), where + ": source_priority needs a list of source ids, e.g. {source_priority: [residents, benefits]}"));
                    return null;
                }
                List<String> order = new ArrayList<>();
                for (YamlNode item : list.items()) {
                    String id = item instanceof YamlNode.Scalar s && !s.isNull() ? s.text().trim() : null;
                    if (id == null || !sourceIds.contains(id)) {
                        errors.add(new JobError(item.location(), where + ": source_priority: unknown source id '" + id + "'"
                                + (id == null ? "" : Suggestions.didYouMean(id, sourceIds))));
                    } else {
                        order.add(id);
                    }
                }
                return new SurvivalRule.SourcePriority(order);
            }
            default -> {
                if (arg != null && !(arg instanceof YamlNode.Scalar s && s.isNull())) {
                    errors.add(new JobError(arg.location(), where + ": " + name + " takes no argument"));
                }
                return switch (name) {
                    case "longest" -> new SurvivalRule.Longest();
                    case "valid_first" -> new SurvivalRule.ValidFirst(check);
                    default -> new SurvivalRule.MostFrequent();
                };
            }
        }
    }
}
