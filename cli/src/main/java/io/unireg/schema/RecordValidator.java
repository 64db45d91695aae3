package io.unireg.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Validates rows against a {@link TableSchema}. Build one per run: constraints are compiled once.
 *
 * <p>Stateful only for {@code unique} fields and the {@code primaryKey}: it remembers every value
 * (or key) seen so far in a {@code HashSet<String>}, which costs roughly 100 bytes per distinct value
 * per set (node, table slot, the retained string) — about 100 MB per unique field for 1 M rows. A schema
 * with neither holds no state. {@link #check} and {@link #validateValue} are thread-safe; {@link #validate}
 * and {@link #complete} are not.
 */
public final class RecordValidator {

    private static final char KEY_SEPARATOR = '\u001F'; // ASCII unit separator: cannot occur in a normalised value

    private final TableSchema schema;
    private final FieldRule[] rules;
    /** Per field: the values seen so far, or null when the field is not unique. */
    private final HashSet<String>[] seen;
    private final int uniqueFields;
    private final int[] keyIndexes;
    private final String keyFields;
    private final HashSet<String> seenKeys;
    /** Fields with {@code unireg:requiredUnless}: their index and the indexes of the fields that excuse them. */
    private final int[] conditional;
    private final int[][] excusedBy;
    private final String[] excuseText;
    private final RowCheck[] rowChecks;
    private final int[][] rowCheckFields;

    private RecordValidator(TableSchema schema, DomainChecks checks, RowChecks rowCheckRegistry) {
        this.schema = Objects.requireNonNull(schema, "schema");
        List<SchemaField> fields = schema.fields();
        this.rules = new FieldRule[fields.size()];
        @SuppressWarnings({"unchecked", "rawtypes"})
        HashSet<String>[] sets = new HashSet[fields.size()];
        this.seen = sets;
        List<String> pk = schema.primaryKey();
        for (int i = 0; i < rules.length; i++) {
            SchemaField f = fields.get(i);
            rules[i] = new FieldRule(f, checks);
            // A one-field primary key already tracks that field; a second set would only double the memory.
            boolean coveredByKey = pk.size() == 1 && pk.get(0).equals(f.name());
            seen[i] = f.constraints().unique() && !coveredByKey ? new HashSet<>() : null;
        }
        this.uniqueFields = (int) Arrays.stream(seen).filter(Objects::nonNull).count();
        this.keyIndexes = new int[pk.size()];
        for (int k = 0; k < keyIndexes.length; k++) {
            keyIndexes[k] = schema.indexOf(pk.get(k));
        }
        this.keyFields = String.join(",", pk);
        this.seenKeys = pk.isEmpty() ? null : new HashSet<>();
        List<Integer> withCondition = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).requiredUnless().isEmpty()) {
                withCondition.add(i);
            }
        }
        this.conditional = new int[withCondition.size()];
        this.excusedBy = new int[conditional.length][];
        this.excuseText = new String[conditional.length];
        for (int c = 0; c < conditional.length; c++) {
            conditional[c] = withCondition.get(c);
            List<String> others = fields.get(conditional[c]).requiredUnless();
            excusedBy[c] = indexes(schema, others);
            excuseText[c] = "a value is required unless " + String.join(" or ", others) + " is given";
        }
        List<RowCheckBinding> bindings = schema.rowChecks();
        this.rowChecks = new RowCheck[bindings.size()];
        this.rowCheckFields = new int[bindings.size()][];
        for (int r = 0; r < rowChecks.length; r++) {
            RowCheckBinding b = bindings.get(r);
            rowChecks[r] = rowCheckRegistry.find(b.check()).orElseThrow(() -> new IllegalArgumentException(
                    "schema names unknown row check '" + b.check() + "'; known: " + rowCheckRegistry.names()));
            List<String> bound = new ArrayList<>();
            for (String role : rowChecks[r].roles()) {
                bound.add(b.fields().get(role));
            }
            rowCheckFields[r] = indexes(schema, bound);
        }
    }

    private static int[] indexes(TableSchema schema, List<String> names) {
        int[] out = new int[names.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = schema.indexOf(names.get(k));
            if (out[k] < 0) {
                throw new IllegalArgumentException("schema has no field '" + names.get(k) + "'");
            }
        }
        return out;
    }

    public static RecordValidator of(TableSchema schema) {
        return new RecordValidator(schema, DomainChecks.builtIn(), RowChecks.builtIn());
    }

    /** @throws IllegalArgumentException when a field names a check {@code checks} does not hold */
    public static RecordValidator of(TableSchema schema, DomainChecks checks) {
        return new RecordValidator(schema, checks, RowChecks.builtIn());
    }

    /** @throws IllegalArgumentException when the schema names a check the registries do not hold */
    public static RecordValidator of(TableSchema schema, DomainChecks checks, RowChecks rowChecks) {
        return new RecordValidator(schema, checks, rowChecks);
    }

    public TableSchema schema() {
        return schema;
    }

    /**
     * A row's violations from the checks that need no other row — every field's rules,
     * {@code requiredUnless}, row checks — and where the cross-row ones will go among them.
     *
     * @param violations in the order {@link #validate} reports them, less {@code unique} and primary key
     * @param uniqueAt   per unique field, in field order: how many of {@code violations} precede its
     *                   {@code unique} violation; {@code null} when the schema has no unique field
     */
    public record Checked(List<Violation> violations, int[] uniqueAt) {
    }

    /**
     * Values in schema field order, {@code null} = missing (the pipeline already mapped missingValues
     * to null). Returns every violation, an empty list when the row is valid.
     */
    public List<Violation> validate(String[] values) {
        return complete(values, check(values));
    }

    /**
     * The checks of {@link #validate} that need no other row. Thread-safe: the pipeline runs them on
     * the threads that normalised the row, where its values are still in the core's cache.
     */
    public Checked check(String[] values) {
        if (values.length != rules.length) {
            throw new IllegalArgumentException("expected " + rules.length + " values in schema order, got " + values.length);
        }
        List<Violation> out = null;
        int[] uniqueAt = uniqueFields == 0 ? null : new int[uniqueFields];
        for (int i = 0, u = 0; i < rules.length; i++) {
            out = rules[i].check(values[i], out);
            if (seen[i] != null) {
                uniqueAt[u++] = out == null ? 0 : out.size();
            }
        }
        for (int c = 0; c < conditional.length; c++) {
            if (values[conditional[c]] == null && allMissing(values, excusedBy[c])) {
                out = add(out, rules[conditional[c]].name(), "required", excuseText[c]);
            }
        }
        for (int r = 0; r < rowChecks.length; r++) {
            int[] idx = rowCheckFields[r];
            String[] bound = new String[idx.length];
            for (int k = 0; k < idx.length; k++) {
                bound[k] = values[idx[k]];
            }
            String message = rowChecks[r].check(bound);
            if (message != null) {
                out = add(out, rules[idx[0]].name(), rowChecks[r].name(), message);
            }
        }
        return new Checked(out == null ? List.of() : out, uniqueAt);
    }

    /**
     * {@code checked}'s violations with the cross-row ones added in their places: a value a unique
     * field saw in an earlier row, a repeated primary key. Rows must come in source order (the first
     * row with a value keeps it); not thread-safe.
     */
    public List<Violation> complete(String[] values, Checked checked) {
        if (uniqueFields == 0 && seenKeys == null) {
            return checked.violations();
        }
        List<Violation> out = checked.violations().isEmpty() ? null : new ArrayList<>(checked.violations());
        int inserted = 0;
        for (int i = 0, u = 0; i < rules.length; i++) {
            HashSet<String> set = seen[i];
            if (set == null) {
                continue;
            }
            int at = checked.uniqueAt()[u++] + inserted;
            String value = values[i];
            if (value != null && !set.add(value)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(at, new Violation(rules[i].name(), "unique", rules[i].show(value) + " already appears in an earlier row"));
                inserted++;
            }
        }
        if (seenKeys != null) {
            String key = key(values);
            if (key != null && !seenKeys.add(key)) {
                out = add(out, keyFields, "primaryKey", "the primary key (" + keyFields + ") repeats an earlier row");
            }
        }
        return out == null ? List.of() : out;
    }

    /** One value's violations, without the cross-row {@code unique}/primary-key state (for previews). */
    public List<Violation> validateValue(int fieldIndex, String value) {
        List<Violation> out = rules[fieldIndex].check(value, null);
        return out == null ? List.of() : out;
    }

    private static boolean allMissing(String[] values, int[] indexes) {
        for (int i : indexes) {
            if (values[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** The row's primary key as one string, or null when a part is missing (reported as {@code required}). */
    private String key(String[] values) {
        if (keyIndexes.length == 1) {
            return values[keyIndexes[0]];
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < keyIndexes.length; k++) {
            String part = values[keyIndexes[k]];
            if (part == null) {
                return null;
            }
            if (k > 0) {
                sb.append(KEY_SEPARATOR);
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static List<Violation> add(List<Violation> out, String field, String rule, String message) {
        List<Violation> list = out == null ? new ArrayList<>(2) : out;
        list.add(new Violation(field, rule, message));
        return list;
    }
}
