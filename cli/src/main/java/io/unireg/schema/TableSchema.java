package io.unireg.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state schema: Frictionless Table Schema fields plus a name, title and description, and the
 * {@code unireg:rowChecks} extension (checks across fields of a row).
 */
public record TableSchema(String name, String title, String description, List<SchemaField> fields,
                          List<String> primaryKey, List<String> missingValues, List<RowCheckBinding> rowChecks) {

    public TableSchema {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        primaryKey = primaryKey == null ? List.of() : List.copyOf(primaryKey);
        missingValues = missingValues == null ? List.of("") : List.copyOf(missingValues);
        rowChecks = rowChecks == null ? List.of() : List.copyOf(rowChecks);
    }

    /** A schema without row checks. */
    public TableSchema(String name, String title, String description, List<SchemaField> fields,
                       List<String> primaryKey, List<String> missingValues) {
        this(name, title, description, fields, primaryKey, missingValues, List.of());
    }

    public Optional<SchemaField> field(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(fields.get(i));
    }

    /** Position of the field in schema order, -1 when the schema has no such field. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(fields.size());
        for (SchemaField f : fields) {
            names.add(f.name());
        }
        return List.copyOf(names);
    }

    /** {@code null}, or one of the schema's {@code missingValues} (by default only the empty string). */
    public boolean isMissing(String value) {
        return value == null || missingValues.contains(value);
    }
}
