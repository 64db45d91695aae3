package io.unireg.sink.jdbc;

import io.unireg.jdbc.JdbcEndpoint;
import static io.unireg.jdbc.JdbcEndpoint.text;
import io.unireg.job.JobError;
import io.unireg.job.OutputSpec;
import io.unireg.job.YamlNode;
import io.unireg.schema.TableSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code type: jdbc} output's keys. Without {@code url} the output is the embedded default: an SQLite
 * file ({@code path}, default {@code records.sqlite}) written in the run folder like any other file.
 *
 * @param endpoint  where to connect; {@code null} for the embedded file
 * @param table     table name; {@code null} means "from the schema name"
 * @param key       conflict key for upsert; empty means "the schema's primaryKey, else unireg_id"
 */
public record JdbcOutputSpec(JdbcEndpoint endpoint, String path, String table, Mode mode, List<String> key,
                             int batchSize, Load load) {

    /** {@code incremental}: upsert only the run's new and changed records and delete the vanished ones (by unireg_id). */
    public enum Mode { APPEND, UPSERT, REPLACE, INCREMENTAL }

    /** How rows reach the server: prepared-statement batches, or PostgreSQL COPY into a staging table. */
    public enum Load { AUTO, BATCH, COPY }

    static final Set<String> KEYS = Set.of("url", "user", "password_env", "table", "mode", "key", "batch_size", "load");
    static final String EMBEDDED_FILE = "records.sqlite";
    static final int DEFAULT_BATCH = 1000;

    public static JdbcOutputSpec read(OutputSpec spec, List<JobError> errors) {
        Map<String, YamlNode> o = spec.options();
        String what = "jdbc output";
        JdbcEndpoint endpoint = null;
        if (o.containsKey("url")) {
            endpoint = JdbcEndpoint.read(o, spec.location(), what, errors);
            if (spec.path() != null) {
                errors.add(new JobError(spec.location(), what + ": 'path' names the embedded database file; with 'url' leave it out"));
            }
        } else {
            for (String k : List.of("user", "password_env")) {
                if (o.containsKey(k)) {
                    errors.add(new JobError(o.get(k).location(), what + ": '" + k + "' needs 'url' (without url the output is an embedded SQLite file)"));
                }
            }
        }
        String table = text(o, "table", what, errors);
        if (table != null && !table.matches("[\\p{L}_][\\p{L}\\p{N}_$]*(\\.[\\p{L}_][\\p{L}\\p{N}_$]*)?")) {
            errors.add(new JobError(o.get("table").location(), what + ": table '" + table + "' must be a plain name (letters, digits, _), optionally schema.table"));
            table = null;
        }
        Mode mode = Mode.UPSERT;
        String m = text(o, "mode", what, errors);
        if (m != null) {
            try {
                mode = Mode.valueOf(m.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new JobError(o.get("mode").location(), what + ": mode '" + m + "' is not one of append, upsert, replace, incremental"));
            }
        }
        if (mode == Mode.INCREMENTAL && endpoint == null && !o.containsKey("url")) {
            errors.add(new JobError(o.get("mode").location(), what + ": mode: incremental needs 'url': the embedded file is"
                    + " written anew in every run folder, so it takes every record"));
        }
        List<String> key = new ArrayList<>();
        YamlNode k = o.get("key");
        if (k instanceof YamlNode.Scalar s && !s.isNull()) {
            key.add(s.text());
        } else if (k instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    key.add(s.text());
                } else {
                    errors.add(new JobError(item.location(), what + ": key lists column names"));
                }
            }
        } else if (k != null) {
            errors.add(new JobError(k.location(), what + ": key is a column name or a list of them"));
        }
        int batch = DEFAULT_BATCH;
        String b = text(o, "batch_size", what, errors);
        if (b != null) {
            try {
                batch = Integer.parseInt(b.trim());
                if (batch < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new JobError(o.get("batch_size").location(), what + ": batch_size must be a whole number ≥ 1"));
            }
        }
        Load load = Load.AUTO;
        String l = text(o, "load", what, errors);
        if (l != null) {
            try {
                load = Load.valueOf(l.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new JobError(o.get("load").location(), what + ": load '" + l + "' is not one of auto, batch, copy"));
            }
            if (load == Load.COPY && (endpoint == null || endpoint.url() == null || !endpoint.url().startsWith("jdbc:postgresql:"))) {
                errors.add(new JobError(o.get("load").location(), what + ": load: copy needs a PostgreSQL url"));
            }
        }
        return new JdbcOutputSpec(endpoint, spec.path() != null ? spec.path() : EMBEDDED_FILE, table, mode, List.copyOf(key), batch, load);
    }

    public boolean embedded() {
        return endpoint == null;
    }

    /** The table written: as given, else the schema's name made an identifier ({@code eddr-person} → {@code eddr_person}). */
    public String tableFor(TableSchema schema) {
        return table != null ? table : schema.name().replaceAll("[^\\p{L}\\p{N}_]", "_");
    }

    /** The conflict key: as given, else the schema's primary key, else {@code unireg_id}. */
    public List<String> keyFor(TableSchema schema) {
        if (!key.isEmpty()) {
            return key;
        }
        if (mode == Mode.INCREMENTAL) {
            return List.of("unireg_id");
        }
        return schema.primaryKey().isEmpty() ? List.of("unireg_id") : schema.primaryKey();
    }
}
