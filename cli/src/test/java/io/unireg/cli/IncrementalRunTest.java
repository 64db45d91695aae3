package io.unireg.cli;

import io.unireg.state.ChangeScenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nights over generated data with known inserts, updates, deletes, merges and splits: the second
 * run's changes.csv must be exactly the scenario's; the state advances only on success.
 */
class IncrementalRunTest {

    private static final List<String> ORDER = List.of("insert", "update", "delete", "merge", "split");

    @TempDir
    Path dir;

    private CliRunner night(ChangeScenario scenario, int night, String out, String... extra) throws IOException {
        scenario.writeNight(night, dir.resolve("people.csv"));
        List<String> args = new ArrayList<>(List.of("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve(out).toString(),
                "--state", dir.resolve("state").toString(), "-q"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** The run folder of a job output folder used for one run: latest, or (exit 3: latest not moved) the run itself. */
    static Path run(Path out) throws IOException {
        Path latest = out.resolve("latest");
        if (Files.exists(latest)) {
            return latest;
        }
        try (java.util.stream.Stream<Path> runs = Files.list(out.resolve("runs"))) {
            return runs.sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** unireg_id → the record's row. */
    static Map<String, CSVRecord> records(Path out) throws IOException {
        Map<String, CSVRecord> byId = new HashMap<>();
        for (CSVRecord r : read(out.resolve("records.csv"))) {
            byId.put(r.get("unireg_id"), r);
        }
        return byId;
    }

    /** The scenario's change rows plus the content updates of merged and split records, read off the two runs' records. */
    static List<String> expected(ChangeScenario scenario, Path out1, Path out2) throws IOException {
        List<String> lines = new ArrayList<>(scenario.expected());
        Map<String, CSVRecord> before = records(out1);
        Map<String, CSVRecord> after = records(out2);
        List<String> fields = List.of("code", "doc", "surname", "city", "sources");
        for (String id : scenario.reshaped()) {
            List<String> changed = new ArrayList<>();
            for (String f : fields) {
                if (!before.get(id).get(f).equals(after.get(id).get(f))) {
                    changed.add(f);
                }
            }
            assertThat(changed).as(id).contains("sources");
            lines.add("update," + id + ",," + String.join(";", changed));
        }
        lines.sort(Comparator.comparing((String l) -> ORDER.indexOf(l.substring(0, l.indexOf(','))))
                .thenComparing(l -> l.split(",", -1)[1]));
        List<String> withHeader = new ArrayList<>();
        withHeader.add("change,unireg_id,other_ids,changed_fields");
        withHeader.addAll(lines);
        return withHeader;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void theSecondNightsChangeSetIsExactlyTheKnownOne() throws IOException {
        ChangeScenario scenario = new ChangeScenario(7, 4);
        ChangeScenario.writeJob(dir, "", "");
        CliRunner first = night(scenario, 1, "out1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> firstChanges = lines(run(dir.resolve("out1")).resolve("changes.csv"));
        assertThat(firstChanges.subList(1, firstChanges.size())).allMatch(l -> l.startsWith("insert,"))
                .hasSize(records(run(dir.resolve("out1"))).size());

        CliRunner second = night(scenario, 2, "out2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(lines(run(dir.resolve("out2")).resolve("changes.csv")))
                .containsExactlyElementsOf(expected(scenario, run(dir.resolve("out1")), run(dir.resolve("out2"))));

        // records and links carry the stable ids
        Map<String, CSVRecord> after = records(run(dir.resolve("out2")));
        for (CSVRecord link : read(run(dir.resolve("out2")).resolve("links.csv"))) {
            assertThat(after).containsKey(link.get("cluster_id"));
        }

        CliRunner third = night(scenario, 2, "out3");
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(lines(run(dir.resolve("out3")).resolve("changes.csv"))).containsExactly("change,unireg_id,other_ids,changed_fields");
        assertThat(lines(run(dir.resolve("out3")).resolve("records.csv"))).isEqualTo(lines(run(dir.resolve("out2")).resolve("records.csv")));
    }

    @Test
    void withoutDedupeEachRowIsARecordWithItsOwnStableId() throws IOException {
        ChangeScenario scenario = new ChangeScenario(9, 2);
        ChangeScenario.writeJobWithoutDedupe(dir);
        assertThat(night(scenario, 1, "out1").exitCode()).isZero();
        CliRunner second = night(scenario, 2, "out2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        List<String> expected = new ArrayList<>(scenario.expectedWithoutDedupe());
        expected.sort(Comparator.comparing((String l) -> ORDER.indexOf(l.substring(0, l.indexOf(','))))
                .thenComparing(l -> l.split(",", -1)[1]));
        expected.add(0, "change,unireg_id,other_ids,changed_fields");
        assertThat(expected).anyMatch(l -> l.startsWith("update,")).anyMatch(l -> l.startsWith("delete,"))
                .anyMatch(l -> l.startsWith("insert,"));
        assertThat(lines(run(dir.resolve("out2")).resolve("changes.csv"))).containsExactlyElementsOf(expected);
    }

    @Test
    void incrementalIntoAnSqliteDatabaseEndsAtTheSecondNightsRecords() throws Exception {
        ChangeScenario scenario = new ChangeScenario(13, 2);
        Path db = dir.resolve("target.db");
        ChangeScenario.writeJob(dir, "  - {type: jdbc, url: \"jdbc:sqlite:" + db + "\", table: people, mode: incremental}", "");
        assertThat(night(scenario, 1, "out1").exitCode()).isZero();
        CliRunner second = night(scenario, 2, "out2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        List<String> table = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select unireg_id, surname, sources from people order by unireg_id")) {
            while (rs.next()) {
                table.add(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3));
            }
        }
        List<String> expected = new ArrayList<>();
        for (CSVRecord r : read(run(dir.resolve("out2")).resolve("records.csv"))) {
            expected.add(r.get("unireg_id") + "," + r.get("surname") + "," + r.get("sources"));
        }
        expected.sort(null);
        assertThat(table).isEqualTo(expected);
    }

    @Test
    void incrementalNeedsADatabaseUrl() throws IOException {
        ChangeScenario.writeJob(dir, "  - {type: jdbc, mode: incremental}", "");
        CliRunner r = CliRunner.run("check", dir.resolve("job.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("job.yaml:").contains("mode: incremental needs 'url'");
    }

    @Test
    void aSourceThatSuddenlyReadsNothingIsRefusedUnlessAllowed() throws IOException {
        ChangeScenario scenario = new ChangeScenario(3, 1);
        ChangeScenario.writeJob(dir, "", "");
        assertThat(night(scenario, 1, "out1").exitCode()).isZero();
        byte[] state = Files.readAllBytes(dir.resolve("state/state.sqlite"));
        Files.writeString(dir.resolve("people.csv"), ChangeScenario.HEADER + "\n");
        CliRunner empty = CliRunner.run("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve("out2").toString(),
                "--state", dir.resolve("state").toString(), "-q");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("source 'people' read 0 rows, but the last good run")
                .contains("--allow-empty").doesNotContain("Exception");
        assertThat(Files.readAllBytes(dir.resolve("state/state.sqlite"))).isEqualTo(state);
        assertThat(dir.resolve("out2/latest")).doesNotExist();

        CliRunner allowed = CliRunner.run("run", dir.resolve("job.yaml").toString(), "--out", dir.resolve("out3").toString(),
                "--state", dir.resolve("state").toString(), "-q", "--allow-empty");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        List<String> changes = lines(run(dir.resolve("out3")).resolve("changes.csv"));
        assertThat(changes.subList(1, changes.size())).hasSize(records(run(dir.resolve("out1"))).size())
                .allMatch(l -> l.startsWith("delete,"));
    }

    @Test
    void aFailedRunLeavesTheStateAsItWas() throws IOException {
        ChangeScenario scenario = new ChangeScenario(5, 2);
        ChangeScenario.writeJob(dir, "", "");
        assertThat(night(scenario, 1, "out1").exitCode()).isZero();
        byte[] state = Files.readAllBytes(dir.resolve("state/state.sqlite"));

        // exit 3: a quality gate fails; outputs are written but this is not a good run
        ChangeScenario.writeJob(dir, "", "quality: {min_records: 1000000}");
        assertThat(night(scenario, 2, "out2").exitCode()).isEqualTo(3);
        assertThat(run(dir.resolve("out2")).resolve("changes.csv")).exists();
        assertThat(dir.resolve("out2/latest")).as("not a good run: latest not made").doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve("state/state.sqlite"))).isEqualTo(state);

        // exit 1: the run fails after reading (an output it cannot write)
        ChangeScenario.writeJob(dir, "  - {type: csv, path: ../../no/such/dir/x.csv}", "");
        CliRunner failed = night(scenario, 2, "out3");
        assertThat(failed.exitCode()).as(failed.err()).isNotZero();
        assertThat(Files.readAllBytes(dir.resolve("state/state.sqlite"))).isEqualTo(state);

        // the next good run still reports everything since the last good run
        ChangeScenario.writeJob(dir, "", "");
        assertThat(night(scenario, 2, "out4").exitCode()).isZero();
        assertThat(lines(run(dir.resolve("out4")).resolve("changes.csv")))
                .containsExactlyElementsOf(expected(scenario, run(dir.resolve("out1")), run(dir.resolve("out4"))));

        // with advance_state_on_gate_failure, exit 3 advances it
        ChangeScenario.writeJob(dir, "", "quality: {min_records: 1000000, advance_state_on_gate_failure: true}");
        assertThat(night(scenario, 1, "out5").exitCode()).isEqualTo(3);
        assertThat(dir.resolve("out5/latest")).as("latest follows the state: it names the run the next compares with")
                .exists().isSymbolicLink();
        assertThat(night(scenario, 1, "out6").exitCode()).isEqualTo(3);
        assertThat(lines(run(dir.resolve("out6")).resolve("changes.csv"))).containsExactly("change,unireg_id,other_ids,changed_fields");
    }
}
