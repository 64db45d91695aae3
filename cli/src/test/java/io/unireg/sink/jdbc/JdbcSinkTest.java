package io.unireg.sink.jdbc;

import io.unireg.jdbc.SqlText;
import io.unireg.jdbc.TestDatabases;
import io.unireg.job.Location;
import io.unireg.job.OutputSpec;
import io.unireg.job.YamlNode;
import io.unireg.schema.Constraints;
import io.unireg.schema.FieldType;
import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The jdbc output on the real servers and the embedded databases: create, append, upsert, replace, rollback. */
class JdbcSinkTest {

    @RegisterExtension
    static final TestDatabases.PerClass pg = TestDatabases.postgresPerClass();
    @RegisterExtension
    static final TestDatabases.PerClass maria = TestDatabases.mariadbPerClass();
    @TempDir
    static Path dir;

    static final TableSchema SCHEMA = new TableSchema("test-people", null, null, List.of(
            field("id", FieldType.STRING, 20),
            field("surname", FieldType.STRING, null),
            field("born", FieldType.DATE, null),
            field("n", FieldType.INTEGER, null),
            field("x", FieldType.NUMBER, null),
            field("ok", FieldType.BOOLEAN, null)), List.of("id"), null);
    static final List<String> COLUMNS = List.of("id", "surname", "born", "n", "x", "ok", "unireg_id", "cluster_id", "sources");

    private static SchemaField field(String name, FieldType type, Integer maxLength) {
        return new SchemaField(name, null, null, type, null,
                new Constraints(false, false, null, maxLength, null, null, null, null), null);
    }

    static String[] row(String id, String surname, String born, String n, String x, String ok) {
        return new String[]{id, surname, born, n, x, ok, "u" + id, "u" + id, "src:" + id};
    }

    static SinkContext context(String url, String user, Map<String, String> keys) {
        Location at = new Location("job.yaml", 9, 5);
        Map<String, YamlNode> options = new LinkedHashMap<>();
        if (url != null) {
            options.put("url", new YamlNode.Scalar(url, at));
        }
        if (user != null) {
            options.put("user", new YamlNode.Scalar(user, at));
        }
        keys.forEach((k, v) -> options.put(k, new YamlNode.Scalar(v, at)));
        return new SinkContext(new OutputSpec("jdbc", null, at, options), COLUMNS, SCHEMA, dir, dir);
    }

    static void write(SinkContext ctx, String[]... rows) throws Exception {
        RecordSink sink = new JdbcSinkFactory().open(ctx);
        for (String[] r : rows) {
            sink.write(r);
        }
        sink.close();
        assertThat(sink.rows()).isEqualTo(rows.length);
    }

    static List<String> table(String url, String user, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, surname, born, n, x, ok from " + table
                     + " order by id")) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= 6; i++) {
                    cells.add(SqlText.of(rs.getObject(i)));
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    private static String bool(String url, boolean b) {
        return url.startsWith("jdbc:sqlite") ? (b ? "1" : "0") : String.valueOf(b);
    }

    /** The same story on every database: create + upsert, upsert again (update + insert), failed run, replace, append. */
    private void fullStory(String url, String user, String load) throws Exception {
        Map<String, String> upsert = new LinkedHashMap<>(Map.of("table", "people", "mode", "upsert"));
        if (load != null) {
            upsert.put("load", load);
        }
        write(context(url, user, upsert),
                row("1", "Коваленко", "1984-01-02", "7", "0.1", "true"),
                row("2", "Шевченко", null, null, null, null));
        assertThat(table(url, user, "people")).containsExactly(
                "1|Коваленко|1984-01-02|7|0.1|" + bool(url, true), "2|Шевченко||||");

        // upsert again: 1 changes, 3 is new, 3 twice in one run keeps its last row, 2 is untouched
        write(context(url, user, upsert),
                row("1", "Коваленко-Шевчук", "1984-01-03", "8", "2.5", "false"),
                row("3", "Бондар", "2000-02-29", "-1", "1230000000", null),
                row("3", "Бондаренко", "2000-02-29", "-1", "1230000000", null));
        List<String> afterUpsert = List.of(
                "1|Коваленко-Шевчук|1984-01-03|8|2.5|" + bool(url, false), "2|Шевченко||||", "3|Бондаренко|2000-02-29|-1|1230000000|");
        assertThat(table(url, user, "people")).containsExactlyElementsOf(afterUpsert);

        // a run that fails part-way changes nothing
        RecordSink failing = new JdbcSinkFactory().open(context(url, user, upsert));
        failing.write(row("4", "Мельник", null, null, null, null));
        failing.write(row("1", "Зміна", null, null, null, null));
        failing.abort();
        assertThat(table(url, user, "people")).containsExactlyElementsOf(afterUpsert);

        // replace: only this run's rows remain; a second replace works too (staging names reused)
        Map<String, String> replace = new LinkedHashMap<>(upsert);
        replace.put("mode", "replace");
        write(context(url, user, replace), row("9", "Ткаченко", "1990-01-01", "1", "1", "true"));
        assertThat(table(url, user, "people")).containsExactly("9|Ткаченко|1990-01-01|1|1|" + bool(url, true));
        write(context(url, user, replace), row("8", "Ткач", null, null, null, null), row("9", "Ткаченко", null, null, null, null));
        assertThat(table(url, user, "people")).containsExactly("8|Ткач||||", "9|Ткаченко||||");
        // a failed replace leaves the old table
        RecordSink failedReplace = new JdbcSinkFactory().open(context(url, user, replace));
        failedReplace.write(row("7", "Нове", null, null, null, null));
        failedReplace.abort();
        assertThat(table(url, user, "people")).containsExactly("8|Ткач||||", "9|Ткаченко||||");

        // append adds rows; appending an existing key fails the run and rolls it back
        Map<String, String> append = new LinkedHashMap<>(upsert);
        append.put("mode", "append");
        write(context(url, user, append), row("5", "Олійник", null, null, null, null));
        assertThat(table(url, user, "people")).hasSize(3);
        assertThatThrownBy(() -> write(context(url, user, append), row("6", "Новий", null, null, null, null),
                row("5", "Олійник", null, null, null, null)))
                .hasMessageContaining("jdbc output");
        assertThat(table(url, user, "people")).hasSize(3);
    }

    @Test
    void postgresCopy() throws Exception {
        fullStory(pg.url(), "postgres", "copy");
    }

    /**
     * A first load copies straight into the empty table; a key repeated in the same chunk or in a later
     * one must still leave its last row, as the staging path does (the chunk is replayed through it).
     */
    @Test
    void postgresCopyIntoAnEmptyTableStillUpsertsRepeatedKeys() throws Exception {
        Map<String, String> upsert = new LinkedHashMap<>(Map.of("table", "first_load", "mode", "upsert", "load", "copy"));
        write(context(pg.url(), "postgres", upsert),
                row("1", "Коваленко", null, null, null, null),
                row("2", "Шевченко", null, null, null, null),
                row("1", "Коваленко-Шевчук", null, null, null, null),
                row("3", "Бон\"дар, 𝔘 ’", null, null, null, null));
        assertThat(table(pg.url(), "postgres", "first_load"))
                .containsExactly("1|Коваленко-Шевчук||||", "2|Шевченко||||", "3|Бон\"дар, 𝔘 ’||||");

        // more rows than one chunk: the first chunk goes straight in, the second repeats key 7 of the first
        int n = CopyLoader.CHUNK_ROWS + 10;
        String[][] rows = new String[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = row(String.valueOf(i), "Прізвище" + i, null, null, null, null);
        }
        rows[n - 1] = row("7", "Останній", null, null, null, null);
        upsert.put("table", "two_chunks");
        write(context(pg.url(), "postgres", upsert), rows);
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), max(case when id = '7' then surname end) from two_chunks")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(n - 1);
            assertThat(rs.getString(2)).isEqualTo("Останній");
        }
    }

    @Test
    void postgresBatch() throws Exception {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            s.execute("create schema batch");
        }
        fullStory(pg.url() + "?currentSchema=batch", "postgres", "batch");
    }

    @Test
    void mariadb() throws Exception {
        fullStory(maria.url(), "root", null);
    }

    @Test
    void h2() throws Exception {
        // unireg creates the lower-case names it is given (quoted); the test's own SQL is unquoted
        fullStory("jdbc:h2:" + dir.resolve("h2sink").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE", "sa", null);
    }

    @Test
    void sqlite() throws Exception {
        fullStory("jdbc:sqlite:" + dir.resolve("sink.sqlite").toAbsolutePath(), null, null);
    }

    @Test
    void duckdb() throws Exception {
        fullStory("jdbc:duckdb:" + dir.resolve("sink.duckdb").toAbsolutePath(), null, null);
    }

    @Test
    void existingTableThatDoesNotFitIsExplained() throws Exception {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            s.execute("create table misfit (id varchar(5), surname text, born integer, note text not null)");
        }
        assertThatThrownBy(() -> write(context(pg.url(), "postgres", Map.of("table", "misfit", "mode", "upsert")),
                row("1", "А", null, null, null, null)))
                .hasMessageContaining("table misfit does not fit the records")
                .hasMessageContaining("column born is int4, but the schema's values are date")
                .hasMessageContaining("column id holds 5 characters, the schema allows 20")
                .hasMessageContaining("the table has no columns n, x, ok, unireg_id, cluster_id, sources")
                .hasMessageContaining("column note is NOT NULL without a default")
                .hasMessageContaining("upsert matches rows on (id), but the table has no primary key");
    }

    @Test
    void existingTableWithTextColumnsTakesTheValuesAsText() throws Exception {
        try (Connection c = maria.connect(); Statement s = c.createStatement()) {
            s.execute("create table loose (id varchar(40) primary key, surname text, born varchar(10), n varchar(10), x text,"
                    + " ok varchar(5), unireg_id text, cluster_id text, sources text, extra int default 3)");
        }
        write(context(maria.url(), "root", Map.of("table", "loose")), row("1", "А", "1984-01-02", "7", "0.5", "true"));
        assertThat(table(maria.url(), "root", "loose")).containsExactly("1|А|1984-01-02|7|0.5|true");
    }
}
