package io.unireg.source.jdbc;

import io.unireg.jdbc.JdbcEndpoint;
import io.unireg.jdbc.NamedParameters;
import io.unireg.source.ChangeColumns;
import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
import io.unireg.job.Suggestions;
import io.unireg.job.YamlNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code type: jdbc} source's keys, read and checked: where to connect, {@code table} or
 * {@code query} (with {@code :name} parameters bound from {@code params}), and the fetch size.
 */
record JdbcSourceSpec(JdbcEndpoint endpoint, String table, String query, Map<String, Object> params, int fetchSize,
                      ChangeColumns incremental) {

    static final Set<String> KEYS = Set.of("url", "user", "password_env", "table", "query", "params", "fetch_size", "incremental");
    private static final Set<String> INCREMENTAL_KEYS = Set.of("column", "deleted", "overlap");
    private static final String PLAIN_NAME = "[\\p{L}_][\\p{L}\\p{N}_$]*";
    static final int DEFAULT_FETCH_SIZE = 1000;

    static JdbcSourceSpec read(SourceSpec spec, List<JobError> errors) {
        String what = "jdbc source '" + spec.id() + "'";
        Map<String, YamlNode> o = spec.options();
        JdbcEndpoint endpoint = JdbcEndpoint.read(o, spec.location(), what, errors);
        String table = scalar(o.get("table"), "table", what, errors);
        String query = scalar(o.get("query"), "query", what, errors);
        if (!o.containsKey("table") && !o.containsKey("query")) {
            errors.add(new JobError(spec.location(), what + " needs 'table' or 'query'"));
        } else if (o.containsKey("table") && o.containsKey("query")) {
            errors.add(new JobError(o.get("query").location(), what + ": give 'table' or 'query', not both"));
        }
        if (table != null && !table.matches(PLAIN_NAME + "(\\." + PLAIN_NAME + ")?")) {
            errors.add(new JobError(o.get("table").location(), what + ": table '" + table
                    + "' is not a plain name (schema.table); use 'query' for anything else"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        YamlNode p = o.get("params");
        if (p != null) {
            if (!(p instanceof YamlNode.Mapping m)) {
                errors.add(new JobError(p.location(), what + ": params must be a mapping (name: value)"));
            } else {
                for (YamlNode.Entry e : m.entries().values()) {
                    if (e.value() instanceof YamlNode.Scalar s) {
                        params.put(e.key(), s.isNull() ? null : typed(s.text()));
                    } else {
                        errors.add(new JobError(e.value().location(), what + ": parameter '" + e.key() + "' must be a single value"));
                    }
                }
            }
            if (query == null) {
                errors.add(new JobError(p.location(), what + ": params only apply to 'query'"));
            }
        }
        if (query != null) {
            List<String> used = NamedParameters.parse(query).names();
            for (String name : used) {
                if (!params.containsKey(name)) {
                    errors.add(new JobError(o.get("query").location(), what + ": query uses :" + name
                            + " but params has no '" + name + "'"));
                }
            }
            for (String name : params.keySet()) {
                if (!used.contains(name)) {
                    errors.add(new JobError(((YamlNode.Mapping) p).entries().get(name).keyLocation(), what
                            + ": parameter '" + name + "' is not used in the query (write :" + name + " where it goes)"));
                }
            }
        }
        int fetchSize = DEFAULT_FETCH_SIZE;
        String fs = scalar(o.get("fetch_size"), "fetch_size", what, errors);
        if (fs != null) {
            try {
                fetchSize = Integer.parseInt(fs.trim());
                if (fetchSize < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new JobError(o.get("fetch_size").location(), what + ": fetch_size must be a whole number ≥ 1"));
            }
        }
        return new JdbcSourceSpec(endpoint, table, query, params, fetchSize, incremental(o.get("incremental"), what, errors));
    }

    /** {@code incremental: {column: updated_at, deleted: is_deleted, overlap: 10m}}. */
    private static ChangeColumns incremental(YamlNode node, String what, List<JobError> errors) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            errors.add(new JobError(node.location(), what + ": incremental must be a mapping, e.g. {column: updated_at}"));
            return null;
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!INCREMENTAL_KEYS.contains(e.key())) {
                errors.add(new JobError(e.keyLocation(), what + ": unknown key '" + e.key() + "' in incremental"
                        + Suggestions.didYouMean(e.key(), INCREMENTAL_KEYS)));
            }
        }
        Map<String, YamlNode> keys = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> keys.put(k, e.value()));
        String column = scalar(keys.get("column"), "incremental.column", what, errors);
        String deleted = scalar(keys.get("deleted"), "incremental.deleted", what, errors);
        String overlap = scalar(keys.get("overlap"), "incremental.overlap", what, errors);
        if (!keys.containsKey("column")) {
            errors.add(new JobError(node.location(), what + ": incremental needs 'column' (the column that grows when a row changes, e.g. updated_at)"));
        }
        for (String[] named : new String[][]{{"column", column}, {"deleted", deleted}}) {
            if (named[1] != null && !named[1].matches(PLAIN_NAME)) {
                errors.add(new JobError(keys.get(named[0]).location(), what + ": incremental." + named[0] + " '" + named[1]
                        + "' must be a plain column name of the result"));
            }
        }
        if (overlap != null && !overlap.trim().matches("\\d+") && Watermark.duration(overlap) == null) {
            errors.add(new JobError(keys.get("overlap").location(), what + ": incremental.overlap '" + overlap
                    + "' must be a duration (30s, 10m, 2h, 1d) for a time column or a whole number for a sequence column"));
        }
        return column == null ? null : new ChangeColumns(column, deleted, overlap);
    }

    private static String scalar(YamlNode node, String key, String what, List<JobError> errors) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return s.text();
        }
        errors.add(new JobError(node.location(), what + ": '" + key + "' must be a non-empty value"));
        return null;
    }

    /**
     * A parameter's YAML text as the type the database compares it with: a whole number without
     * leading zeros binds as a number, {@code yyyy-MM-dd} as a date, true/false as a boolean; anything
     * else (codes like {@code 0123}) as text.
     */
    static Object typed(String text) {
        if (text.matches("-?(0|[1-9][0-9]{0,17})")) {
            return Long.parseLong(text);
        }
        if (text.matches("-?(0|[1-9][0-9]*)\\.[0-9]+")) {
            return new BigDecimal(text);
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    /** The parameter values in the order the query's placeholders use them. */
    List<Object> bindings(NamedParameters parsed) {
        List<Object> values = new ArrayList<>();
        for (String name : parsed.names()) {
            values.add(params.get(name));
        }
        return values;
    }

    /** How the manifest and messages name this input: the URL without secrets, and the table or the query. */
    String describe() {
        return endpoint.describe() + (table != null ? " table " + table : " query");
    }
}
