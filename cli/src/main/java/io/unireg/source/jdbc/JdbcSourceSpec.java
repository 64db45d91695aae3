package io.unireg.source.jdbc;

import io.unireg.jdbc.JdbcEndpoint;
import io.unireg.jdbc.NamedParameters;
import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
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
record JdbcSourceSpec(JdbcEndpoint endpoint, String table, String query, Map<String, Object> params, int fetchSize) {

    static final Set<String> KEYS = Set.of("url", "user", "password_env", "table", "query", "params", "fetch_size");
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
        if (table != null && !table.matches("[\\p{L}_][\\p{L}\\p{N}_$]*(\\.[\\p{L}_][\\p{L}\\p{N}_$]*)?")) {
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
        return new JdbcSourceSpec(endpoint, table, query, params, fetchSize);
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
