package io.unireg.normalize;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Functions that read other source columns of the row. They declare those columns so the
 * pipeline can check them against the source header before reading a single row.
 */
final class ColumnFunctions implements FunctionLibrary {

    /** In {@code concat}/{@code coalesce} this names the value the chain has so far. */
    static final String CURRENT_VALUE = "$value";

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                new FunctionSpec("concat",
                        "Joins the present parts with sep (default one space): column names, $value (the value so far) and 'quoted literals'; no column part present → missing.",
                        "{concat: {of: [ПРІЗВИЩЕ, ІМЯ, ПОБАТЬКОВІ], sep: ' '}}",
                        "missing → \"Коваленко Олена Петрівна\" where ПРІЗВИЩЕ = \"Коваленко \", ІМЯ = \"Олена\", ПОБАТЬКОВІ = \"Петрівна\"",
                        ColumnFunctions::concat),
                new FunctionSpec("coalesce",
                        "Keeps the value when present, else takes the first listed column that is not blank (trimmed).",
                        "{coalesce: [ТЕЛ_МОБ, ТЕЛ_ДОМ]}",
                        "\"\" → \"0501234567\" where ТЕЛ_МОБ = \" \", ТЕЛ_ДОМ = \"0501234567\"",
                        ColumnFunctions::coalesce));
    }

    /** One piece of a concat: a literal, the current value, or a column. */
    private record Part(String literal, String column) {
        static Part of(String text) {
            if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                return new Part(text.substring(1, text.length() - 1), null);
            }
            return new Part(null, text);
        }

        boolean isColumn() {
            return column != null && !column.equals(CURRENT_VALUE);
        }
    }

    private static Normaliser concat(FunctionArgs raw) {
        ArgReader args = ArgReader.of("concat", raw);
        List<String> of;
        String sep = " ";
        if (args.isObject()) {
            ArgReader.Options options = args.options(Set.of("of", "sep"));
            if (!options.has("of")) {
                throw args.error("expects of: [column, …]");
            }
            of = options.texts("of");
            sep = options.text("sep", " ");
        } else {
            of = args.texts("a list of columns, $value and 'literals'");
        }
        Part[] parts = of.stream().map(Part::of).toArray(Part[]::new);
        Set<String> columns = columnsOf(parts);
        boolean readsValues = columns.size() > 0 || of.contains(CURRENT_VALUE);
        if (!readsValues) {
            throw args.error("needs at least one column or $value besides literals");
        }
        return new Concat(parts, sep, columns);
    }

    private static Set<String> columnsOf(Part[] parts) {
        Set<String> columns = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part.isColumn()) {
                columns.add(part.column());
            }
        }
        return Collections.unmodifiableSet(columns);
    }

    private record Concat(Part[] parts, String sep, Set<String> columns) implements Normaliser {
        @Override
        public Outcome apply(String value, RowContext row) {
            StringBuilder out = new StringBuilder(64);
            boolean anyValue = false;
            for (Part part : parts) {
                String piece;
                if (part.literal() != null) {
                    piece = part.literal();
                } else {
                    String raw = CURRENT_VALUE.equals(part.column()) ? value : row.column(part.column());
                    if (Spaces.isBlank(raw)) {
                        continue;
                    }
                    piece = Spaces.trim(raw);
                    anyValue = true;
                }
                if (out.length() > 0) {
                    out.append(sep);
                }
                out.append(piece);
            }
            return anyValue ? Outcome.ok(out.toString()) : Outcome.missing();
        }
    }

    private static Normaliser coalesce(FunctionArgs raw) {
        List<String> names = ArgReader.of("coalesce", raw).texts("a list of columns");
        String[] columns = names.toArray(String[]::new);
        Set<String> declared = new LinkedHashSet<>(names);
        declared.remove(CURRENT_VALUE);
        Set<String> readOnly = Collections.unmodifiableSet(declared);
        return new Normaliser() {
            @Override
            public Outcome apply(String value, RowContext row) {
                if (!Spaces.isBlank(value)) {
                    return Outcome.ok(value);
                }
                for (String column : columns) {
                    String candidate = row.column(column);
                    if (!Spaces.isBlank(candidate)) {
                        return Outcome.ok(Spaces.trim(candidate));
                    }
                }
                return Outcome.missing();
            }

            @Override
            public Set<String> columns() {
                return readOnly;
            }
        };
    }
}
