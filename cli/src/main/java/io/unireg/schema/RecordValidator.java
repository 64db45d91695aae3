package io.unireg.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Validates rows against a {@link TableSchema}. Build one per run: constraints are compiled once.
 *
 * <p>Stateful only for {@code unique} fields and the {@code primaryKey}: it remembers every value
 * (or key) seen so far in a {@code HashSet<String>}, which costs roughly 100 bytes per distinct value
 * per set (node, table slot, the retained string) — about 100 MB per unique field for 1 M rows. A schema
 * with neither holds no state. Not thread-safe; {@link #validateValue} is.
 */
public final class RecordValidator {

    private static final char KEY_SEPARATOR = '\u001F'; // ASCII unit separator: cannot occur in a normalised value

    private final TableSchema schema;
    private final FieldRule[] rules;
    /** Per field: the values seen so far, or null when the field is not unique. */
    private final HashSet<String>[] seen;
    private final int[] keyIndexes;
    private final String keyFields;
    private final HashSet<String> seenKeys;

    private RecordValidator(TableSchema schema, DomainChecks checks) {
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
        this.keyIndexes = new int[pk.size()];
        for (int k = 0; k < keyIndexes.length; k++) {
            keyIndexes[k] = schema.indexOf(pk.get(k));
        }
        this.keyFields = String.join(",", pk);
        this.seenKeys = pk.isEmpty() ? null : new HashSet<>();
    }

    public static RecordValidator of(TableSchema schema) {
        return new RecordValidator(schema, DomainChecks.builtIn());
    }

    /** @throws IllegalArgumentException when a field names a check {@code checks} does not hold */
    public static RecordValidator of(TableSchema schema, DomainChecks checks) {
        return new RecordValidator(schema, checks);
    }

    public TableSchema schema() {
        return schema;
    }

    /**
     * Values in schema field order, {@code null} = missing (the pipeline already mapped missingValues
     * to null). Returns every violation, an empty list when the row is valid.
     */
    public List<Violation> validate(String[] values) {
        if (values.length != rules.length) {
            throw new IllegalArgumentException("expected " + rules.length + " values in schema order, got " + values.length);
        }
        List<Violation> out = null;
        for (int i = 0; i < rules.length; i++) {
            String value = values[i];
            out = rules[i].check(value, out);
            HashSet<String> set = seen[i];
            if (set != null && value != null && !set.add(value)) {
                out = add(out, rules[i].name(), "unique", rules[i].show(value) + " already appears in an earlier row");
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
