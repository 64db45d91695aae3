package io.unireg.sink.jdbc;

import io.unireg.jdbc.TestDatabases;
import io.unireg.job.Location;
import io.unireg.job.OutputSpec;
import io.unireg.job.YamlNode;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.unireg.sink.jdbc.JdbcSinkTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL COPY load on each of its paths — key built after the load (a table the run creates),
 * straight into an empty table that existed, through the staging table into a filled one — with values
 * that break a careless encoding, repeated keys, and unchanged rows.
 */
class CopyLoaderTest {

    /** Values that an encoding must escape or must leave alone; {@code ""} goes in as NULL, as the batch path binds it. */
    static final String[] AWKWARD = {"a\tb", "line1\nline2", "cr\rx", "back\\slash", "\\.", "\\N", "\"quoted\", with comma;",
            "Ґудзь-Їжак Євгенія ’", "=SUM(A1)", "+380", "𝔘 supplementary", "", null, " leading and trailing ", "ends with \\"};

    @RegisterExtension
    static final TestDatabases.PerClass pg = TestDatabases.postgresPerClass();
    @TempDir
    static Path dir;

    private static SinkContext context(String table, String mode) {
        Location at = new Location("job.yaml", 9, 5);
        Map<String, YamlNode> options = new LinkedHashMap<>();
        Map.of("url", pg.url(), "user", "postgres", "table", table, "mode", mode, "load", "copy")
                .forEach((k, v) -> options.put(k, new YamlNode.Scalar(v, at)));
        return new SinkContext(new OutputSpec("jdbc", null, at, options), JdbcSinkTest.COLUMNS, JdbcSinkTest.SCHEMA, dir, dir);
    }

    private static void upsert(String table, List<String[]> rows) throws Exception {
        RecordSink sink = new JdbcSinkFactory().open(context(table, "upsert"));
        for (String[] r : rows) {
            sink.write(r);
        }
        sink.close();
    }

    /** One row per awkward value: id {@code k<i>} (the key itself awkward too), surname the value. */
    private static List<String[]> awkwardRows(String suffix) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < AWKWARD.length; i++) {
            String surname = AWKWARD[i] == null || AWKWARD[i].isEmpty() ? AWKWARD[i] : AWKWARD[i] + suffix;
            rows.add(row("k" + i + "\\\t", surname, "2000-02-29", String.valueOf(i), null, null));
        }
        return rows;
    }

    private static List<String> expected(String suffix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < AWKWARD.length; i++) {
            String v = AWKWARD[i] == null || AWKWARD[i].isEmpty() ? "<null>" : AWKWARD[i] + suffix;
            out.add("k" + i + "\\\t|" + v + "|2000-02-29|" + i);
        }
        return out;
    }

    private static List<String> read(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, surname, born, n from " + table + " order by n")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + (rs.getString(2) == null ? "<null>" : rs.getString(2)) + "|" + rs.getString(3) + "|" + rs.getLong(4));
            }
        }
        return out;
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = pg.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void awkwardValuesArriveExactlyOnEveryPath() throws Exception {
        // a new table: the key is built after the load, with the name a created table's key has
        upsert("awkward", awkwardRows(""));
        assertThat(read("awkward")).containsExactlyElementsOf(expected(""));
        assertThat(query("select conname from pg_constraint where conrelid = 'awkward'::regclass and contype = 'p'"))
                .isEqualTo("awkward_pkey");

        // the filled table: every row an update through the staging table
        upsert("awkward", awkwardRows(" ✓"));
        assertThat(read("awkward")).containsExactlyElementsOf(expected(" ✓"));

        // an empty table that existed: straight in, under the table's own key
        execute("create table awkward_empty (like awkward including all)");
        upsert("awkward_empty", awkwardRows(""));
        assertThat(read("awkward_empty")).containsExactlyElementsOf(expected(""));
    }

    @Test
    void aKeyRepeatedInAFirstLoadKeepsItsLastRowAndTheTableGetsItsKey() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(row("p" + i, "Прізвище" + i, null, String.valueOf(i), null, null));
        }
        rows.add(row("p5", "Передостанній", null, "5", null, null));   // from here on through staging
        rows.add(row("p1000", "Новий", null, "1000", null, null));
        rows.add(row("p5", "Останній", null, "5", null, null));         // twice in the staging chunk
        upsert("repeated", rows);
        assertThat(query("select count(*) || ' ' || max(case when id = 'p5' then surname end) || ' ' || max(case when id = 'p1000' then surname end)"
                + " from repeated")).isEqualTo("1001 Останній Новий");
        assertThat(query("select count(*) from pg_constraint where conrelid = 'repeated'::regclass and contype = 'p'")).isEqualTo("1");
    }

    /** An empty table that existed has its key from the start: a repeat in a later chunk rolls that chunk back and replays it. */
    @Test
    void aKeyRepeatedInALaterChunkOfAnExistingEmptyTableIsReplayedThroughStaging() throws Exception {
        execute("create table existing_empty (id varchar(20) primary key, surname text, born date, n bigint, x double precision,"
                + " ok boolean, unireg_id varchar(64), cluster_id varchar(64), sources text)");
        int n = CopyLoader.CHUNK_ROWS + 10;
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) {
            rows.add(row(String.valueOf(i), "Прізвище" + i, null, String.valueOf(i), null, null));
        }
        rows.add(row("7", "Останній", null, "7", null, null));
        upsert("existing_empty", rows);
        assertThat(query("select count(*) || ' ' || max(case when id = '7' then surname end) from existing_empty"))
                .isEqualTo((n - 1) + " Останній");
    }

    /** char(n) calls 'a' and 'a ' equal though their bytes differ: the merge without a sort refuses, the sorting one takes the last. */
    @Test
    void keysEqualOnlyToTheDatabaseAreStillMergedToTheLastRow() throws Exception {
        execute("create table padded (id char(20) primary key, surname text, born date, n bigint, x double precision,"
                + " ok boolean, unireg_id varchar(64), cluster_id varchar(64), sources text)");
        execute("insert into padded (id, surname) values ('z', 'Інший')");
        upsert("padded", List.of(row("a", "Перший", null, null, null, null), row("a ", "Другий", null, null, null, null)));
        assertThat(query("select count(*) || ' ' || max(case when id = 'a' then surname end) from padded")).isEqualTo("2 Другий");
    }

    @Test
    void anUnchangedRowKeepsItsRowVersionAndAChangedOneIsUpdated() throws Exception {
        upsert("nightly", List.of(row("1", "Коваленко", null, "1", null, null), row("2", "Шевченко", null, "2", null, null)));
        String xmin1 = query("select xmin::text from nightly where id = '1'");
        String xmin2 = query("select xmin::text from nightly where id = '2'");
        upsert("nightly", List.of(row("1", "Коваленко", null, "1", null, null), row("2", "Шевчук", null, "2", null, null),
                row("3", "Бондар", null, "3", null, null)));
        assertThat(read("nightly")).containsExactly("1|Коваленко|null|1", "2|Шевчук|null|2", "3|Бондар|null|3");
        assertThat(query("select xmin::text from nightly where id = '1'")).as("unchanged: not rewritten").isEqualTo(xmin1);
        assertThat(query("select xmin::text from nightly where id = '2'")).as("changed: updated").isNotEqualTo(xmin2);
    }

    /** Past the keys it holds, the key-later path builds the key and goes on straight in; a later repeat is replayed through staging. */
    @Test
    void aFirstLoadLargerThanTheKeysHeldGoesOnUnderTheKey() throws Exception {
        TableDesign design = TableDesign.of("capped", JdbcSinkTest.COLUMNS, JdbcSinkTest.SCHEMA, List.of("id"), org.jooq.SQLDialect.POSTGRES);
        try (Connection c = pg.connect()) {
            c.setAutoCommit(false);
            design.create(org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.POSTGRES), "capped", false);
            CopyLoader loader = new CopyLoader(c, design, "capped", true, true, 10);
            for (int i = 0; i < 25; i++) {
                loader.add(row("c" + i, "Прізвище" + i, null, String.valueOf(i), null, null));
            }
            loader.add(row("c3", "Останній", null, "3", null, null));
            loader.finish();
            c.commit();
        }
        assertThat(query("select count(*) || ' ' || max(case when id = 'c3' then surname end) from capped")).isEqualTo("25 Останній");
        assertThat(query("select conname from pg_constraint where conrelid = 'capped'::regclass and contype = 'p'")).isEqualTo("capped_pkey");
    }

    @Test
    void appendingARepeatedKeyIntoANewTableFailsAndLeavesNoTable() throws Exception {
        RecordSink sink = new JdbcSinkFactory().open(context("appended", "append"));
        sink.write(row("1", "А", null, null, null, null));
        sink.write(row("1", "Б", null, null, null, null));
        assertThatThrownBy(sink::close).hasMessageContaining("jdbc output").hasMessageContaining("duplicate");
        assertThat(query("select to_regclass('appended')::text")).isNull();
    }
}
