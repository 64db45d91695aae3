package io.unireg.cli;

import io.unireg.jdbc.TestDatabases;
import io.unireg.state.ChangeScenario;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mode: incremental} into a real PostgreSQL: only the change set is applied, and applying it
 * again after a run that did not advance the state (a crash, a failed gate) changes nothing twice —
 * including ids that run wrote and the next run no longer has.
 */
class IncrementalJdbcTest {

    private static final String COLUMNS = "code, doc, surname, city, unireg_id, cluster_id, sources";

    @TempDir
    Path dir;
    TestDatabases.Db pg;
    ChangeScenario scenario = new ChangeScenario(17, 3);

    @BeforeEach
    void database() {
        pg = TestDatabases.postgres();
    }

    @AfterEach
    void drop() throws SQLException {
        pg.close();
    }

    private void job(String top) throws IOException {
        ChangeScenario.writeJob(dir, "  - {type: jdbc, url: \"" + pg.url() + "\", user: postgres, table: people, mode: incremental}", top);
    }

    private CliRunner night(int night, String out) throws IOException {
        scenario.writeNight(night, dir.resolve("people.csv"));
        return CliRunner.run("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve(out).toString(),
                "--state", dir.resolve("state").toString(), "-q");
    }

    /** The table's rows, ordered by unireg_id, as comma-joined lines. */
    private List<String> table() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select " + COLUMNS + " from people order by unireg_id")) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= 7; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join(",", cells));
            }
        }
        return rows;
    }

    private List<String> records(String out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : IncrementalRunTest.read(IncrementalRunTest.run(dir.resolve(out)).resolve("records.csv"))) {
            rows.add(String.join(",", r.get("code"), r.get("doc"), r.get("surname"), r.get("city"), r.get("unireg_id"),
                    r.get("cluster_id"), r.get("sources")));
        }
        rows.sort((a, b) -> a.split(",")[4].compareTo(b.split(",")[4]));
        return rows;
    }

    private long applied(String out) throws IOException {
        String manifest = java.nio.file.Files.readString(IncrementalRunTest.run(dir.resolve(out)).resolve("manifest.json"));
        int at = manifest.indexOf("table people");
        String tail = manifest.substring(at);
        return Long.parseLong(tail.replaceAll("(?s).*?\"rows\" : (\\d+).*", "$1"));
    }

    @Test
    void appliesOnlyTheChangeSetAndARerunAppliesNothingTwice() throws Exception {
        job("");
        CliRunner first = night(1, "out1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(table()).isEqualTo(records("out1"));

        // A night whose gate fails writes its outputs (the change set reaches the table) but is not a good run.
        job("quality: {min_records: 1000000}");
        assertThat(night(2, "out2").exitCode()).isEqualTo(3);
        assertThat(table()).isEqualTo(records("out2"));

        // Rerun of the same night: the same change set again, the table ends the same.
        job("");
        CliRunner again = night(2, "out3");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(table()).isEqualTo(records("out3"));
        assertThat(records("out3")).isEqualTo(records("out2"));
        List<String> changes = IncrementalRunTest.lines(IncrementalRunTest.run(dir.resolve("out3")).resolve("changes.csv"));
        assertThat(applied("out3")).isLessThan(records("out3").size()).isGreaterThan(0);

        // Nothing changed: nothing applied.
        CliRunner quiet = night(2, "out4");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(applied("out4")).isZero();
        assertThat(table()).isEqualTo(records("out4"));
        assertThat(changes).hasSizeGreaterThan(1);
    }

    @Test
    void idsWrittenByARunThatDidNotAdvanceAreRemovedWhenTheNextRunLacksThem() throws Exception {
        job("");
        assertThat(night(1, "out1").exitCode()).isZero();
        job("quality: {min_records: 1000000}");
        assertThat(night(2, "out2").exitCode()).isEqualTo(3);
        assertThat(table()).isEqualTo(records("out2"));
        // Back to the first night's data: the state still says night 1, so nothing changed against it —
        // but the table holds night 2's new ids, and they must go.
        job("");
        CliRunner back = night(1, "out3");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(table()).isEqualTo(records("out1"));
    }
}
