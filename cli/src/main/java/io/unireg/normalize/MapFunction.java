package io.unireg.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code map}: replaces values through a table given inline or in a two-column CSV file
 * ({@code from,to}, UTF-8, relative to the job file). Unmapped values are kept, made missing or
 * rejected as {@code default:} says; an empty {@code to} maps to missing.
 */
final class MapFunction implements FunctionLibrary {

    static final String NAME = "map";
    private static final Set<String> OPTIONS = Set.of("table", "file", "default", "ignore_case");

    enum Unmapped { KEEP, MISSING, REJECT }

    @Override
    public List<FunctionSpec> functions() {
        return List.of(new FunctionSpec(NAME,
                "Replaces values through a table (inline, or a CSV file with header from,to relative to the job file); "
                        + "unmapped values: default keep (unchanged), missing or reject; ignore_case: true matches regardless of case.",
                "{map: {table: {ч: M, чол: M, ж: F, жін: F}, default: reject, ignore_case: true}} or {map: {file: sex.csv}}",
                "\"Ч\" → \"M\"",
                MapFunction::create));
    }

    static Normaliser create(FunctionArgs raw) {
        ArgReader args = ArgReader.of(NAME, raw);
        ArgReader.Options options = args.options(OPTIONS);
        boolean ignoreCase = options.bool("ignore_case", false);
        Unmapped unmapped = Unmapped.valueOf(options.choice("default", List.of("keep", "missing", "reject"), "keep")
                .toUpperCase(Locale.ROOT));
        Map<String, String> entries;
        if (options.has("table") == options.has("file")) {
            throw args.error("expects either table: {from: to, …} or file: a CSV with columns from,to");
        } else if (options.has("table")) {
            entries = options.table("table");
        } else {
            entries = LookupFile.read(args, options.text("file", null));
        }
        Map<String, String> table = new HashMap<>(entries.size() * 2);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = key(entry.getKey(), ignoreCase);
            if (table.containsKey(key) && !java.util.Objects.equals(table.get(key), entry.getValue())) {
                throw args.error(Spaces.quote(entry.getKey()) + " is mapped twice, to different values");
            }
            table.put(key, entry.getValue());
        }
        return new Lookup(table, ignoreCase, unmapped);
    }

    private static String key(String value, boolean ignoreCase) {
        String trimmed = Spaces.trim(value);
        return ignoreCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    private record Lookup(Map<String, String> table, boolean ignoreCase, Unmapped unmapped) implements Normaliser {
        @Override
        public Outcome apply(String value, RowContext row) {
            if (value == null) {
                return Outcome.missing();
            }
            String key = key(value, ignoreCase);
            if (table.containsKey(key)) {
                String to = table.get(key);
                return to == null || to.isEmpty() ? Outcome.missing() : Outcome.ok(to);
            }
            return switch (unmapped) {
                case KEEP -> Outcome.ok(value);
                case MISSING -> Outcome.missing();
                case REJECT -> Outcome.reject(NAME, "no mapping for " + Spaces.quote(value));
            };
        }
    }
}
