package io.unireg.match;

import io.unireg.job.JobError;
import io.unireg.job.Location;
import io.unireg.job.NodeReader;
import io.unireg.job.Suggestions;
import io.unireg.job.YamlNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the job's {@code dedupe:} section (see docs/match-api.md) into {@link MatchSettings}. Every
 * problem becomes a located {@link JobError} with a "did you mean" where a near name exists; one pass
 * reports them all.
 */
public final class MatchSettingsReader {

    /** Keys this reader understands; the caller may allow more (e.g. {@code survivorship}) and read them itself. */
    public static final Set<String> KEYS = Set.of("mode", "blocking", "compare", "term_frequency", "identifiers",
            "rules", "thresholds", "max_pairs_per_rule", "training", "parameters");

    private static final Pattern EXPRESSION = Pattern.compile("\\s*([A-Za-z_][\\w]*)\\s*\\(\\s*([^,()]+?)\\s*(?:,\\s*(\\d+)\\s*)?\\)\\s*");
    private static final Pattern JARO = Pattern.compile("jaro_winkler\\s*>=\\s*([0-9.]+)");
    private static final Pattern LEVENSHTEIN = Pattern.compile("levenshtein\\s*<=\\s*(\\d+)");
    private static final Pattern WITHIN_DAYS = Pattern.compile("within\\s+(\\d+)\\s+days?");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\s+within\\s+([0-9.]+)");
    private static final Pattern CROSSWISE = Pattern.compile("crosswise\\s+(\\S+)");
    private static final List<String> LEVEL_FORMS = List.of("exact", "jaro_winkler >= 0.9", "levenshtein <= 2",
            "name_equivalent", "within 30 days", "day_month_swapped", "same_year", "numeric within 5", "crosswise surname", "null");
    private static final List<String> LEVEL_WORDS = List.of("exact", "jaro_winkler", "levenshtein", "name_equivalent",
            "within", "day_month_swapped", "same_year", "numeric", "crosswise", "null");

    private final NodeReader read;
    private final List<String> fields;
    private final List<String> sourceIds;
    private final Path baseDir;

    private MatchSettingsReader(List<JobError> errors, List<String> fields, List<String> sourceIds, Path baseDir) {
        this.read = new NodeReader(errors);
        this.fields = List.copyOf(fields);
        this.sourceIds = List.copyOf(sourceIds);
        this.baseDir = baseDir;
    }

    /**
     * @param dedupe     the {@code dedupe:} node
     * @param fields     the target schema's field names, in order (record values follow this order)
     * @param sourceIds  the job's source ids ({@code mode: link} needs two or more)
     * @param baseDir    the job file's folder: {@code parameters:} resolves against it
     * @param otherKeys  further keys the caller reads itself (not reported as unknown)
     * @param errors     receives every problem
     * @return the settings, or {@code null} when {@code errors} gained an entry
     */
    public static MatchSettings read(YamlNode dedupe, List<String> fields, List<String> sourceIds, Path baseDir,
                                     Set<String> otherKeys, List<JobError> errors) {
        int before = errors.size();
        MatchSettings settings = new MatchSettingsReader(errors, fields, sourceIds, baseDir).settings(dedupe, otherKeys);
        return errors.size() > before ? null : settings;
    }

    private MatchSettings settings(YamlNode node, Set<String> otherKeys) {
        YamlNode.Mapping map = read.mapping(node, "dedupe");
        if (map == null) {
            return null;
        }
        Set<String> known = new HashSet<>(KEYS);
        known.addAll(otherKeys);
        read.rejectUnknownKeys(map, known, "dedupe");

        MatchMode mode = MatchMode.DEDUPE;
        if (map.get("mode") != null) {
            String m = read.oneOf(map.get("mode"), "mode", Set.of("dedupe", "link"));
            if ("link".equals(m)) {
                mode = MatchMode.LINK;
                if (sourceIds.size() < 2) {
                    read.error(map.get("mode").location(), "mode: link compares records of different sources, but the job has "
                            + sourceIds.size() + " source(s); use mode: dedupe");
                }
            }
        }
        List<BlockingRule> blocking = blocking(map);
        List<FieldComparison> comparisons = comparisons(map);
        List<IdentifierField> identifiers = identifiers(map.get("identifiers"));
        List<DeterministicRule> rules = rules(map.get("rules"));
        Thresholds thresholds = thresholds(map.get("thresholds"));
        long maxPairs = MatchSettings.DEFAULT_MAX_PAIRS_PER_RULE;
        if (map.get("max_pairs_per_rule") != null) {
            Long n = read.count(map.get("max_pairs_per_rule"), "max_pairs_per_rule");
            if (n != null) {
                maxPairs = n;
            }
        }
        TrainingSettings training = training(map.get("training"));
        Optional<Path> parameters = Optional.empty();
        if (map.get("parameters") != null) {
            String p = read.text(map.get("parameters"), "parameters");
            if (p != null) {
                parameters = Optional.of(baseDir == null ? Path.of(p) : baseDir.resolve(p).normalize());
            }
        }
        if (blocking == null || comparisons == null || thresholds == null || training == null) {
            return null;
        }
        return new MatchSettings(mode, fields, blocking, comparisons, identifiers, rules, thresholds, maxPairs,
                training, parameters);
    }

    // ---- blocking ----

    private List<BlockingRule> blocking(YamlNode.Mapping map) {
        YamlNode node = map.get("blocking");
        if (node == null) {
            read.error(map.location(), "dedupe needs 'blocking': a list of rules such as [rnokpp] or [name_key(surname), birth_date]");
            return null;
        }
        YamlNode.Sequence list = read.sequence(node, "blocking");
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            read.error(list.location(), "blocking needs at least one rule");
        }
        List<BlockingRule> rules = new ArrayList<>();
        for (YamlNode item : list.items()) {
            List<FieldExpression> keys = new ArrayList<>();
            if (item instanceof YamlNode.Sequence s) {
                // YAML's flow list splits "first(name, 2)" at the comma: join pieces until the parentheses balance
                String pending = null;
                YamlNode pendingNode = null;
                for (YamlNode k : s.items()) {
                    String text = read.text(k, "a blocking key");
                    if (text == null) {
                        continue;
                    }
                    if (pending != null) {
                        text = pending + ", " + text;
                    } else {
                        pendingNode = k;
                    }
                    if (text.indexOf('(') >= 0 && text.indexOf(')') < 0) {
                        pending = text;
                        continue;
                    }
                    pending = null;
                    FieldExpression e = expression(text.trim(), pendingNode.location());
                    if (e != null) {
                        keys.add(e);
                    }
                }
                if (pending != null) {
                    read.error(pendingNode.location(), "unclosed parenthesis in blocking key '" + pending + "'");
                }
            } else {
                addExpression(item, keys);
            }
            if (keys.isEmpty()) {
                read.error(item.location(), "a blocking rule needs at least one field");
            } else {
                rules.add(new BlockingRule(keys));
            }
        }
        return rules;
    }

    private void addExpression(YamlNode node, List<FieldExpression> keys) {
        String text = read.text(node, "a blocking key");
        if (text == null) {
            return;
        }
        FieldExpression e = expression(text.trim(), node.location());
        if (e != null) {
            keys.add(e);
        }
    }

    private FieldExpression expression(String text, Location at) {
        Matcher call = EXPRESSION.matcher(text);
        if (call.matches()) {
            String fn = call.group(1).toLowerCase(Locale.ROOT);
            KeyFunction function = KeyFunction.byName().get(fn);
            if (function == null) {
                read.error(at, "unknown blocking key function '" + fn + "'; known: "
                        + String.join(", ", KeyFunction.byName().keySet()) + Suggestions.didYouMean(fn, KeyFunction.byName().keySet()));
                return null;
            }
            int index = fieldIndex(call.group(2), at);
            int argument = call.group(3) == null ? 0 : Integer.parseInt(call.group(3));
            if (function.takesNumber() && argument <= 0) {
                read.error(at, fn + " needs a length: " + fn + "(" + call.group(2) + ", 3)");
                return null;
            }
            return index < 0 ? null : new FieldExpression(fn, call.group(2), index, argument);
        }
        if (!fields.contains(text) && text.endsWith("_year")) {
            // birth_year is shorthand for year(birth_date) when the schema has no birth_year
            String date = text.substring(0, text.length() - "_year".length()) + "_date";
            if (fields.contains(date)) {
                return new FieldExpression("year", date, fields.indexOf(date), 0);
            }
        }
        int index = fieldIndex(text, at);
        return index < 0 ? null : new FieldExpression(null, text, index, 0);
    }

    private int fieldIndex(String field, Location at) {
        int index = fields.indexOf(field);
        if (index < 0) {
            read.error(at, "unknown field '" + field + "': not in the target schema" + Suggestions.didYouMean(field, fields));
        }
        return index;
    }

    // ---- compare ----

    private List<FieldComparison> comparisons(YamlNode.Mapping map) {
        YamlNode node = map.get("compare");
        if (node == null) {
            read.error(map.location(), "dedupe needs 'compare': per field, its levels (e.g. surname: [exact, name_equivalent, jaro_winkler >= 0.9])");
            return null;
        }
        YamlNode.Mapping compare = read.mapping(node, "compare");
        if (compare == null) {
            return null;
        }
        Set<String> tf = new LinkedHashSet<>();
        YamlNode tfNode = map.get("term_frequency");
        if (tfNode != null) {
            YamlNode.Sequence s = read.sequence(tfNode, "term_frequency");
            if (s != null) {
                for (YamlNode item : s.items()) {
                    String f = read.text(item, "a term_frequency field");
                    if (f != null && !compare.entries().containsKey(f)) {
                        read.error(item.location(), "term_frequency field '" + f + "' is not compared; add it under compare"
                                + Suggestions.didYouMean(f, compare.entries().keySet()));
                    } else if (f != null) {
                        tf.add(f);
                    }
                }
            }
        }
        List<FieldComparison> out = new ArrayList<>();
        for (YamlNode.Entry entry : compare.entries().values()) {
            String field = entry.key();
            int index = fields.indexOf(field);
            if (index < 0) {
                read.error(entry.keyLocation(), "unknown field '" + field + "' in compare: not in the target schema"
                        + Suggestions.didYouMean(field, fields));
                continue;
            }
            YamlNode levelsNode = entry.value();
            boolean termFrequency = tf.contains(field);
            if (levelsNode instanceof YamlNode.Mapping m) {
                read.rejectUnknownKeys(m, Set.of("levels", "term_frequency"), "compare." + field);
                if (m.get("term_frequency") != null) {
                    Boolean b = read.bool(m.get("term_frequency"), "term_frequency");
                    termFrequency |= Boolean.TRUE.equals(b);
                }
                levelsNode = m.get("levels");
                if (levelsNode == null) {
                    read.error(m.location(), "compare." + field + " needs 'levels'");
                    continue;
                }
            }
            YamlNode.Sequence levelList = read.sequence(levelsNode, "compare." + field);
            if (levelList == null) {
                continue;
            }
            List<ComparisonLevel> levels = new ArrayList<>();
            for (YamlNode item : levelList.items()) {
                if (item instanceof YamlNode.Scalar sc && sc.isNull()) {
                    continue; // YAML reads a bare null level as null: the implicit first level
                }
                String text = read.text(item, "a comparison level");
                if (text == null) {
                    continue;
                }
                String norm = text.trim().replaceAll("\\s+", " ");
                Matcher cross = CROSSWISE.matcher(norm);
                // field names keep their case; the level words do not
                norm = cross.matches() ? "crosswise " + cross.group(1) : norm.toLowerCase(Locale.ROOT);
                if (norm.equals("null")) {
                    continue; // always checked first; writing it is allowed
                }
                ComparisonLevel level = level(norm, field, item.location());
                if (level != null) {
                    levels.add(level);
                }
            }
            if (levels.isEmpty()) {
                read.error(levelList.location(), "compare." + field + " needs at least one level besides null");
                continue;
            }
            out.add(new FieldComparison(field, index, levels, termFrequency));
        }
        if (out.isEmpty() && compare.entries().isEmpty()) {
            read.error(compare.location(), "compare needs at least one field");
        }
        return out;
    }

    private ComparisonLevel level(String text, String field, Location at) {
        switch (text) {
            case "exact":
                return new ComparisonLevel.Exact();
            case "name_equivalent":
                return new ComparisonLevel.NameEquivalent();
            case "day_month_swapped":
                return new ComparisonLevel.DayMonthSwapped();
            case "same_year":
                return new ComparisonLevel.SameYear();
            default:
                break;
        }
        Matcher m;
        if ((m = JARO.matcher(text)).matches()) {
            double t = parseDouble(m.group(1));
            if (t > 0 && t <= 1) {
                return new ComparisonLevel.JaroWinkler(t);
            }
            read.error(at, "jaro_winkler threshold must be above 0 and at most 1, found '" + m.group(1) + "'");
            return null;
        }
        if ((m = LEVENSHTEIN.matcher(text)).matches()) {
            return new ComparisonLevel.Levenshtein(Integer.parseInt(m.group(1)));
        }
        if ((m = WITHIN_DAYS.matcher(text)).matches()) {
            return new ComparisonLevel.DateWithin(Integer.parseInt(m.group(1)));
        }
        if ((m = NUMERIC.matcher(text)).matches()) {
            double t = parseDouble(m.group(1));
            if (t >= 0) {
                return new ComparisonLevel.NumericWithin(t);
            }
        }
        if ((m = CROSSWISE.matcher(text)).matches()) {
            String other = m.group(1);
            int index = fields.indexOf(other);
            if (index < 0) {
                read.error(at, "crosswise: unknown field '" + other + "': not in the target schema" + Suggestions.didYouMean(other, fields));
                return null;
            }
            if (other.equals(field)) {
                read.error(at, "crosswise " + other + " compares " + field + " with itself; name the field its values get swapped with (e.g. crosswise surname under given_name)");
                return null;
            }
            return new ComparisonLevel.Crosswise(other, index);
        }
        String word = text.split("[\\s>=<]+")[0];
        read.error(at, "unknown comparison level '" + text + "'; levels are: " + String.join(", ", LEVEL_FORMS)
                + Suggestions.didYouMean(word, LEVEL_WORDS));
        return null;
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- identifiers and rules ----

    private List<IdentifierField> identifiers(YamlNode node) {
        List<IdentifierField> out = new ArrayList<>();
        YamlNode.Mapping map = read.mapping(node, "identifiers");
        if (map == null) {
            return out;
        }
        Set<String> checks = new LinkedHashSet<>();
        Arrays.stream(IdentifierCheck.values()).forEach(c -> checks.add(c.jobName()));
        for (YamlNode.Entry e : map.entries().values()) {
            int index = fields.indexOf(e.key());
            if (index < 0) {
                read.error(e.keyLocation(), "unknown field '" + e.key() + "' in identifiers" + Suggestions.didYouMean(e.key(), fields));
                continue;
            }
            String check = read.oneOf(e.value(), "identifier check", checks);
            if (check != null) {
                IdentifierCheck c = Arrays.stream(IdentifierCheck.values()).filter(x -> x.jobName().equals(check)).findFirst().orElseThrow();
                out.add(new IdentifierField(e.key(), index, c));
            }
        }
        return out;
    }

    private List<DeterministicRule> rules(YamlNode node) {
        List<DeterministicRule> out = new ArrayList<>();
        YamlNode.Sequence list = read.sequence(node, "rules");
        if (list == null) {
            return out;
        }
        for (YamlNode item : list.items()) {
            YamlNode.Mapping m = read.mapping(item, "a rule");
            if (m == null) {
                continue;
            }
            read.rejectUnknownKeys(m, Set.of("same", "different"), "a rule (write {same: [fields]} or {different: [fields]})");
            if (m.entries().size() != 1) {
                read.error(m.location(), "a rule has exactly one of 'same' (→ match) or 'different' (→ never a match)");
                continue;
            }
            YamlNode.Entry e = m.entries().values().iterator().next();
            if (!e.key().equals("same") && !e.key().equals("different")) {
                continue;
            }
            DeterministicRule.Kind kind = e.key().equals("same") ? DeterministicRule.Kind.SAME : DeterministicRule.Kind.DIFFERENT;
            List<String> names = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            YamlNode.Sequence fs = e.value() instanceof YamlNode.Scalar ? null : read.sequence(e.value(), e.key());
            List<YamlNode> items = fs == null ? List.of(e.value()) : fs.items();
            for (YamlNode f : items) {
                String name = read.text(f, "a rule field");
                if (name == null) {
                    continue;
                }
                int index = fieldIndex(name, f.location());
                if (index >= 0) {
                    names.add(name);
                    indexes.add(index);
                }
            }
            if (!names.isEmpty()) {
                out.add(new DeterministicRule(kind, names, indexes, e.key() + ": [" + String.join(", ", names) + "]"));
            }
        }
        return out;
    }

    // ---- thresholds and training ----

    private Thresholds thresholds(YamlNode node) {
        if (node == null) {
            return Thresholds.DEFAULT;
        }
        YamlNode.Mapping map = read.mapping(node, "thresholds");
        if (map == null) {
            return null;
        }
        read.rejectUnknownKeys(map, Set.of("match", "review"), "thresholds");
        Double match = map.get("match") == null ? Thresholds.DEFAULT.match() : read.fraction(map.get("match"), "thresholds.match");
        Double review = map.get("review") == null ? Math.min(match == null ? 1 : match, Thresholds.DEFAULT.review())
                : read.fraction(map.get("review"), "thresholds.review");
        if (match == null || review == null) {
            return null;
        }
        if (review > match) {
            read.error(map.location(), "thresholds.review (" + review + ") must not be above thresholds.match (" + match + ")");
            return null;
        }
        return new Thresholds(match, review);
    }

    private TrainingSettings training(YamlNode node) {
        TrainingSettings d = TrainingSettings.DEFAULT;
        if (node == null) {
            return d;
        }
        YamlNode.Mapping map = read.mapping(node, "training");
        if (map == null) {
            return null;
        }
        read.rejectUnknownKeys(map, Set.of("random_pairs", "em_iterations", "max_training_pairs", "seed"), "training");
        Long random = map.get("random_pairs") == null ? d.randomPairs() : read.count(map.get("random_pairs"), "random_pairs");
        Long iterations = map.get("em_iterations") == null ? d.emIterations() : read.count(map.get("em_iterations"), "em_iterations");
        Long maxPairs = map.get("max_training_pairs") == null ? d.maxTrainingPairs() : read.count(map.get("max_training_pairs"), "max_training_pairs");
        Long seed = map.get("seed") == null ? d.seed() : read.count(map.get("seed"), "seed");
        if (random == null || iterations == null || maxPairs == null || seed == null) {
            return null;
        }
        return new TrainingSettings(random, (int) Math.min(iterations, 10_000), maxPairs, seed);
    }
}
