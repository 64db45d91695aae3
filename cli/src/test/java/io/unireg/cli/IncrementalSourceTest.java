package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unireg.dedupe.StableId;
import io.unireg.jdbc.TestDatabases;
import io.unireg.state.ChangeScenario;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jdbc sources with {@code incremental: {column: …}} against real servers: a night reads only the
 * rows changed since the last good run, carries the rest over from the row cache, and ends with
 * exactly the records and change set a full read gives — except rows deleted outright, which only
 * {@code --full-read} sees.
 */
class IncrementalSourceTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 30, 22, 0);
    private static final LocalDateTime T1 = T0.plusDays(1);

    @TempDir
    Path dir;
    TestDatabases.Db db;

    @AfterEach
    void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void postgresTableNightReadsOnlyWhatChangedAndEndsAsAFullRead() throws Exception {
        db = TestDatabases.postgres();
        sql("create table residents(id integer primary key, surname text, given_name text, rnokpp text,"
                + " updated_at timestamp not null, is_deleted boolean not null default false)");
        for (int i = 1; i <= 50; i++) {
            insert(i, "Прізвище" + i, "Ім'я" + i, String.format("%010d", i), T0.plusSeconds(i));
        }
        writeJob("table: residents", "{column: updated_at, deleted: is_deleted}");

        CliRunner first = night("n1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode in1 = input("n1");
        assertThat(in1.get("rows_read").asLong()).isEqualTo(50);
        assertThat(in1.get("rows_carried").asLong()).isZero();
        assertThat(in1.get("detected").get("read_whole").asText()).isEqualTo("first run with a state");
        assertThat(changes("n1")).hasSize(50).allMatch(c -> c.startsWith("insert,"));

        // 3 updated, 2 new, 1 flagged deleted, 1 now invalid (a required value gone)
        for (int i : new int[]{3, 17, 42}) {
            sql("update residents set surname = surname || '-нове', updated_at = '" + T1 + "' where id = " + i);
        }
        insert(51, "Новенко", "Іван", "0000000051", T1);
        insert(52, "Новенко", "Марія", "0000000052", T1);
        sql("update residents set is_deleted = true, updated_at = '" + T1 + "' where id = 8");
        sql("update residents set rnokpp = '', updated_at = '" + T1 + "' where id = 9");

        CliRunner second = night("n2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode in2 = input("n2");
        assertThat(in2.get("rows_read").asLong()).as("only the changed rows, and row 50 at night 1's watermark").isEqualTo(7);
        assertThat(in2.get("rows_carried").asLong()).as("all but the updated, deleted, refused and re-read").isEqualTo(50 - 3 - 1 - 1 - 1);
        assertThat(in2.get("rows_skipped").get("deleted").asLong()).isEqualTo(1);
        assertThat(in2.get("detected").has("read_whole")).isFalse();
        assertThat(changes("n2")).containsExactlyInAnyOrder(
                "insert," + id(51) + ",,", "insert," + id(52) + ",,",
                "update," + id(3) + ",,surname", "update," + id(17) + ",,surname", "update," + id(42) + ",,surname",
                "delete," + id(8) + ",,", "delete," + id(9) + ",,");
        assertThat(records("n2")).as("the same records as a full read").containsExactlyInAnyOrderElementsOf(fullRead("full2"));
        JsonNode report = new ObjectMapper().readTree(IncrementalRunTest.run(dir.resolve("n2")).resolve("report.json").toFile());
        JsonNode reported = report.get("inputs").get(0);
        assertThat(reported.get("rows_read").asLong()).isEqualTo(7);
        assertThat(reported.get("rows_rejected").asLong()).as("row 9, now without its RNOKPP").isEqualTo(1);
        assertThat(reported.get("rows_accepted").asLong()).isEqualTo(6);
        assertThat(reported.get("rows_carried").asLong()).isEqualTo(44);
        assertThat(report.get("summary").get("duplicates_merged").asLong()).isZero();
        assertThat(Files.readString(IncrementalRunTest.run(dir.resolve("n2")).resolve("report.html"))).contains("Перенесено без змін");

        CliRunner status = CliRunner.run("status", dir.resolve("job.yaml").toString(), "--out", dir.resolve("n2").toString(),
                "--state", dir.resolve("state").toString());
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("source residents: the next run reads rows changed at or after " + T1
                + "; 50 rows carried in the row cache");

        // Nothing changed: rows at the watermark itself are read again (they may have committed late), nothing else.
        CliRunner third = night("n3");
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(input("n3").get("rows_read").asLong()).as("the six rows at T1 (and one flagged deleted)").isEqualTo(6);
        assertThat(changes("n3")).isEmpty();
        assertThat(records("n3")).as("carried rows keep their order").containsExactlyElementsOf(records("n2"));

        // A row deleted outright is invisible to a night read from the watermark; --full-read sees it.
        sql("delete from residents where id = 20");
        CliRunner fourth = night("n4");
        assertThat(fourth.exitCode()).as(fourth.err()).isZero();
        assertThat(changes("n4")).isEmpty();
        CliRunner full = CliRunner.run("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve("n5").toString(),
                "--state", dir.resolve("state").toString(), "-q", "--full-read");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(input("n5").get("detected").get("read_whole").asText()).isEqualTo("--full-read");
        assertThat(input("n5").get("rows_read").asLong()).isEqualTo(50);
        assertThat(changes("n5")).containsExactly("delete," + id(20) + ",,");
        assertThat(cacheFiles()).as("one row cache, the last good run's").hasSize(1);

        // A changed job file: the cache was mapped under other rules, so the source is read whole.
        Files.writeString(dir.resolve("job.yaml"), Files.readString(dir.resolve("job.yaml")) + "# edited\n");
        CliRunner edited = night("n6");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(input("n6").get("detected").get("read_whole").asText()).contains("job file");
        assertThat(input("n6").get("rows_read").asLong()).isEqualTo(50);
        assertThat(changes("n6")).isEmpty();
    }

    /**
     * The change scenario of {@link IncrementalRunTest} (inserts, updates, deletes, merges and splits,
     * with dedupe) kept in a PostgreSQL table: night 2 reads only the rows the day touched and still
     * reports exactly the known change set.
     */
    @Test
    void theKnownChangeSetWithDedupeWhenOnlyTheTouchedRowsAreRead() throws Exception {
        db = TestDatabases.postgres();
        ChangeScenario scenario = new ChangeScenario(21, 3);
        sql("create table people(id text primary key, code text, doc text, surname text, city text,"
                + " updated_at timestamp not null, gone boolean not null default false)");
        scenario.writeNight(1, dir.resolve("night1.csv"));
        scenario.writeNight(2, dir.resolve("night2.csv"));
        Map<String, String> before = rows(dir.resolve("night1.csv"));
        Map<String, String> after = rows(dir.resolve("night2.csv"));
        int stamp = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            upsert(e.getKey(), e.getValue(), T0.plusSeconds(++stamp), false);
        }
        ChangeScenario.writeJob(dir, "", "");
        Files.writeString(dir.resolve("job.yaml"), Files.readString(dir.resolve("job.yaml")).replace(
                "  - {id: people, type: csv, path: people.csv, key: id}",
                "  - {id: people, type: jdbc, url: \"" + db.url() + "\", user: postgres, table: people, key: id,\n"
                        + "     incremental: {column: updated_at, deleted: gone}}"));
        CliRunner first = night("out1");
        assertThat(first.exitCode()).as(first.err()).isZero();

        int touched = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                upsert(e.getKey(), e.getValue(), T1, false);
                touched++;
            }
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                upsert(e.getKey(), e.getValue(), T1, true);
            }
        }
        CliRunner second = night("out2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(input("out2").get("rows_read").asLong()).as("the touched rows (and the one at night 1's watermark)")
                .isBetween((long) touched, touched + 1L);
        assertThat(IncrementalRunTest.lines(IncrementalRunTest.run(dir.resolve("out2")).resolve("changes.csv")))
                .containsExactlyElementsOf(IncrementalRunTest.expected(scenario, IncrementalRunTest.run(dir.resolve("out1")),
                        IncrementalRunTest.run(dir.resolve("out2"))));
    }

    /** key → the other cells of a night's CSV, comma-joined. */
    private static Map<String, String> rows(Path csv) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            rows.put(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1));
        }
        return rows;
    }

    private void upsert(String key, String row, LocalDateTime at, boolean gone) {
        String[] cells = row.split(",", -1);
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement("insert into people values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (id) do update set code = excluded.code, doc = excluded.doc, surname = excluded.surname,"
                + " city = excluded.city, updated_at = excluded.updated_at, gone = excluded.gone")) {
            p.setString(1, key);
            for (int i = 0; i < 4; i++) {
                p.setString(2 + i, cells[i]);
            }
            p.setTimestamp(6, Timestamp.valueOf(at));
            p.setBoolean(7, gone);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mariadbQueryWithParametersAndASequenceColumnWithOverlap() throws Exception {
        db = TestDatabases.mariadb();
        sql("create table residents(id integer primary key, surname varchar(100), given_name varchar(100),"
                + " rnokpp varchar(10), district varchar(20), version bigint not null)");
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement("insert into residents values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= 30; i++) {
                p.setInt(1, i);
                p.setString(2, "Прізвище" + i);
                p.setString(3, "Ім'я" + i);
                p.setString(4, String.format("%010d", i));
                p.setString(5, i % 3 == 0 ? "south" : "north");
                p.setLong(6, i);
                p.executeUpdate();
            }
        }
        writeJob("query: \"select id, surname, given_name, rnokpp, version from residents where district = :district\"\n"
                + "    params: {district: north}", "{column: version, overlap: 2}");
        CliRunner first = night("n1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(input("n1").get("rows_read").asLong()).isEqualTo(20);

        sql("update residents set surname = 'Змінений', version = 31 where id = 4");
        sql("update residents set surname = 'Південний', version = 32 where id = 6"); // south: not in the query
        CliRunner second = night("n2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        // from the last good run's highest north version (29) less the overlap: 28, 29 and 4 (31); 27 and 30 are south
        assertThat(input("n2").get("rows_read").asLong()).isEqualTo(3);
        assertThat(input("n2").get("rows_carried").asLong()).isEqualTo(17);
        assertThat(changes("n2")).containsExactly("update," + id(4) + ",,surname");
        assertThat(records("n2")).containsExactlyInAnyOrderElementsOf(fullRead("full2"));
    }

    @Test
    void aNightThatDoesNotSucceedLeavesTheLastGoodWatermarkAndCache() throws Exception {
        db = TestDatabases.postgres();
        sql("create table residents(id integer primary key, surname text, given_name text, rnokpp text, updated_at timestamp not null)");
        for (int i = 1; i <= 10; i++) {
            insert(i, "Прізвище" + i, "Ім'я" + i, String.format("%010d", i), T0.plusSeconds(i), false);
        }
        writeJob("table: residents", "{column: updated_at}");
        Files.writeString(dir.resolve("job.yaml"), Files.readString(dir.resolve("job.yaml")) + "quality: {max_reject_rate: 0}\n");
        assertThat(night("n1").exitCode()).isZero();
        // Night 2 refuses a row: the gate fails (exit 3) and the state keeps night 1's watermark and cache.
        sql("update residents set rnokpp = '', updated_at = '" + T1 + "' where id = 2");
        assertThat(night("n2").exitCode()).isEqualTo(3);
        sql("update residents set rnokpp = '0000000002', surname = 'Інший', updated_at = '" + T1.plusHours(1) + "' where id = 2");
        CliRunner again = night("n3");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(input("n3").get("rows_read").asLong()).as("row 10 at night 1's watermark, and row 2").isEqualTo(2);
        assertThat(changes("n3")).containsExactly("update," + id(2) + ",,surname");
        assertThat(cacheFiles()).as("night 2's unnamed cache is gone").hasSize(1);
    }

    @Test
    void anIncrementalSourceNeedsAKeyAndAKnownColumn() throws Exception {
        db = TestDatabases.postgres();
        sql("create table residents(id integer primary key, surname text, given_name text, rnokpp text, updated_at timestamp)");
        writeJob("table: residents", "{column: changed_on}");
        CliRunner wrongColumn = night("n1");
        assertThat(wrongColumn.exitCode()).isEqualTo(2);
        assertThat(wrongColumn.err()).contains("incremental.column 'changed_on' is not a column of the result")
                .doesNotContain("\tat ");
        Files.writeString(dir.resolve("job.yaml"), Files.readString(dir.resolve("job.yaml"))
                .replace("    key: id\n", "").replace("{column: changed_on}", "{column: updated_at, overlpa: 1h}"));
        CliRunner check = CliRunner.run("check", dir.resolve("job.yaml").toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("incremental needs 'key'").contains("unknown key 'overlpa' in incremental")
                .contains("did you mean 'overlap'");
    }

    @Test
    void aStateExtractIsReadWholeSoItMayNotDeclareIncremental() throws Exception {
        db = TestDatabases.postgres();
        sql("create table residents(id integer primary key, surname text, given_name text, rnokpp text, updated_at timestamp)");
        writeJob("table: residents", "{column: updated_at}");
        Files.writeString(dir.resolve("job.yaml"), Files.readString(dir.resolve("job.yaml")) + """
                reconcile:
                  against:
                    id: eddr
                    type: jdbc
                    url: "%s"
                    user: %s
                    table: residents
                    key: id
                    incremental: {column: updated_at}
                  fields:
                    rnokpp: {from: rnokpp}
                  keys: [rnokpp]
                  compare: [rnokpp]
                """.formatted(db.url(), db.user()));
        CliRunner check = CliRunner.run("check", dir.resolve("job.yaml").toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("job.yaml:").contains("reconcile.against 'eddr': incremental applies to the job's sources");
    }

    private void writeJob(String what, String incremental) throws IOException {
        Files.writeString(dir.resolve("person.json"), """
                {"name": "inc-src", "fields": [
                 {"name": "surname", "type": "string", "constraints": {"required": true}},
                 {"name": "given_name", "type": "string"},
                 {"name": "rnokpp", "type": "string", "constraints": {"required": true}}]}
                """);
        Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: inc-src
                sources:
                  - id: residents
                    type: jdbc
                    key: id, url: "%s", user: %s
                    %s
                    incremental: %s
                target: {schema: person.json}
                fields:
                  surname: {from: surname}
                  given_name: {from: given_name}
                  rnokpp: {from: rnokpp}
                outputs:
                  - {type: csv, path: records.csv}
                """.replace("key: id, url: \"%s\", user: %s", "key: id\n    url: \"%s\"\n    user: %s")
                .formatted(db.url(), db.user(), what, incremental));
    }

    private CliRunner night(String out) {
        return CliRunner.run("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve(out).toString(),
                "--state", dir.resolve("state").toString(), "-q");
    }

    /** The records of a run reading every row, with no state at all. */
    private List<String> fullRead(String out) throws IOException {
        CliRunner r = CliRunner.run("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve(out).toString(), "--no-state", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return records(out);
    }

    private JsonNode input(String out) throws IOException {
        return new ObjectMapper().readTree(IncrementalRunTest.run(dir.resolve(out)).resolve("manifest.json").toFile())
                .get("inputs").get(0);
    }

    private List<String> changes(String out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : IncrementalRunTest.read(IncrementalRunTest.run(dir.resolve(out)).resolve("changes.csv"))) {
            rows.add(String.join(",", r.values()));
        }
        return rows;
    }

    private List<String> records(String out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : IncrementalRunTest.read(IncrementalRunTest.run(dir.resolve(out)).resolve("records.csv"))) {
            rows.add(String.join(",", r.values()));
        }
        return rows;
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("state").resolve("rows"))) {
            return files.toList();
        }
    }

    private static String id(int key) {
        return StableId.of("residents", Integer.toString(key));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private void insert(int id, String surname, String given, String rnokpp, LocalDateTime at) throws SQLException {
        insert(id, surname, given, rnokpp, at, true);
    }

    private void insert(int id, String surname, String given, String rnokpp, LocalDateTime at, boolean deletedColumn) throws SQLException {
        String sql = deletedColumn ? "insert into residents(id, surname, given_name, rnokpp, updated_at, is_deleted) values (?, ?, ?, ?, ?, false)"
                : "insert into residents(id, surname, given_name, rnokpp, updated_at) values (?, ?, ?, ?, ?)";
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, id);
            p.setString(2, surname);
            p.setString(3, given);
            p.setString(4, rnokpp);
            p.setTimestamp(5, Timestamp.valueOf(at));
            p.executeUpdate();
        }
    }
}
