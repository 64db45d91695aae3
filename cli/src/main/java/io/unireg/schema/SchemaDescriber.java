package io.unireg.schema;

import java.util.ArrayList;
import java.util.List;

/** Plain-text renderings of schemas for {@code unireg schemas} and {@code unireg schemas NAME}. */
public final class SchemaDescriber {

    private static final String NL = System.lineSeparator();

    private SchemaDescriber() {
    }

    /** One line per schema: name, title, field count. */
    public static String list(List<TableSchema> schemas) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "FIELDS", "TITLE"});
        for (TableSchema s : schemas) {
            rows.add(new String[] {s.name(), String.valueOf(s.fields().size()), orEmpty(s.title())});
        }
        return table(rows);
    }

    /** The built-in schemas as {@link #list} shows them. */
    public static String listBuiltIns() {
        return list(SchemaCatalog.builtIns());
    }

    /** A header (name, title, description, key, missing values) and one table row per field. */
    public static String describe(TableSchema schema) {
        StringBuilder sb = new StringBuilder();
        sb.append(schema.name());
        if (schema.title() != null) {
            sb.append(" — ").append(schema.title());
        }
        sb.append(NL);
        if (schema.description() != null) {
            sb.append(schema.description()).append(NL);
        }
        if (!schema.primaryKey().isEmpty()) {
            sb.append("primary key: ").append(String.join(", ", schema.primaryKey())).append(NL);
        }
        if (!schema.missingValues().equals(List.of(""))) {
            sb.append("missing values: ").append(quoteAll(schema.missingValues())).append(NL);
        }
        sb.append(NL);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FIELD", "TYPE", "REQUIRED", "CONSTRAINTS", "CHECK", "TITLE"});
        for (SchemaField f : schema.fields()) {
            String type = f.format() == null || f.format().equals("default")
                    ? f.type().jsonName() : f.type().jsonName() + " (" + f.format() + ")";
            String required = f.required() ? "yes"
                    : f.requiredUnless().isEmpty() ? "" : "unless " + String.join(", ", f.requiredUnless());
            rows.add(new String[] {f.name(), type, required, constraints(f.constraints()),
                    orEmpty(f.check()), orEmpty(f.title())});
        }
        sb.append(table(rows));
        for (RowCheckBinding binding : schema.rowChecks()) {
            sb.append(NL).append("row check ").append(binding.check()).append(": ");
            List<String> roles = new ArrayList<>();
            binding.fields().forEach((role, field) -> roles.add(role.equals(field) ? field : role + "=" + field));
            sb.append(String.join(", ", roles)).append(NL);
        }
        return sb.toString();
    }

    /** The constraints other than {@code required}, e.g. {@code unique, pattern ^\d{10}$, enum M|F}. */
    static String constraints(Constraints c) {
        List<String> parts = new ArrayList<>();
        if (c.unique()) {
            parts.add("unique");
        }
        if (c.minLength() != null) {
            parts.add("minLength " + c.minLength());
        }
        if (c.maxLength() != null) {
            parts.add("maxLength " + c.maxLength());
        }
        if (c.pattern() != null) {
            parts.add("pattern " + c.pattern());
        }
        if (!c.enumValues().isEmpty()) {
            parts.add("enum " + String.join("|", c.enumValues()));
        }
        if (c.minimum() != null) {
            parts.add("minimum " + c.minimum());
        }
        if (c.maximum() != null) {
            parts.add("maximum " + c.maximum());
        }
        return String.join(", ", parts);
    }

    private static String table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append(NL);
        }
        return sb.toString();
    }

    private static String quoteAll(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add("\"" + v + "\"");
        }
        return String.join(", ", quoted);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
