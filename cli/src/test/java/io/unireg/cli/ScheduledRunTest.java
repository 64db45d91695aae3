package io.unireg.cli;

import io.unireg.jdbc.TestDatabases;
import io.unireg.run.RunFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scheduler relies on, with real child JVMs ({@code java -cp … io.unireg.cli.Main run …}):
 * two runs of one job started together — exactly one runs, the other exits 4 naming the holder; and
 * a run killed with SIGKILL at random points (several seeds) — afterwards each thing a run changes
 * ({@code latest}, a PostgreSQL table in {@code mode: upsert}, one in {@code mode: replace}) is either
 * the old or the new version, never a mix, and the next run completes. The things checked are a
 * list of named snapshots ({@link #snapshots}), the state store among them.
 */
class ScheduledRunTest {

    private static final int ROWS = 5_000;
    @RegisterExtension
    static final TestDatabases.PerClass pg = TestDatabases.postgresPerClass();
    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        for (String[] g : new String[][]{{"a.csv", "11"}, {"b.csv", "12"}}) {
            CliRunner gen = CliRunner.run("generate", "residents", "--rows", String.valueOf(ROWS), "--seed", g[1],
                    "--encoding", "utf-8", "--out", dir.resolve(g[0]).toString());
            assertThat(gen.exitCode()).as(gen.err()).isZero();
        }
    }

    /** A job over {@code input} writing csv and two PostgreSQL tables ({@code <tables>_upsert}, {@code <tables>_replace}). */
    private static Path job(String name, String input, String tables) throws IOException {
        Path job = dir.resolve(name + ".yaml");
        Files.writeString(job, """
                unireg: 1
                job: nightly
                sources:
                  - {id: residents, type: csv, path: %s, key: НОМЕР_ЗАПИСУ}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case]}
                  patronymic: {from: ПО_БАТЬКОВІ, normalize: [trim, title_case]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {чоловіча: M, ч: M, чол.: M, м: M, муж.: M, m: M, жіноча: F, ж: F, жін.: F, жен.: F, f: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: {patterns: [dd.MM.yyyy, yyyy-MM-dd, dd/MM/yyyy, d.M.yy], pivot_year: 1930}}]}
                  birth_place: {from: МІСЦЕ_НАР, normalize: [trim]}
                  registration_street: {from: АДРЕСА, normalize: [trim]}
                  rnokpp: {from: ІПН, normalize: [digits], on_error: null}
                  document_number: {from: ДОКУМЕНТ, normalize: [trim]}
                outputs:
                  - {type: csv}
                  - {type: jdbc, url: "%s", user: postgres, table: %s_upsert, mode: upsert, load: batch, batch_size: 200}
                  - {type: jdbc, url: "%s", user: postgres, table: %s_replace, mode: replace, load: batch, batch_size: 200}
                """.formatted(input, pg.url(), tables, pg.url(), tables));
        return job;
    }

    private static ProcessBuilder child(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.unireg.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void twoRunsStartedTogetherOneRunsTheOtherExitsFourNamingTheHolder() throws Exception {
        Path job = job("concurrent", "a.csv", "concurrent");
        Path out = dir.resolve("out-concurrent");
        String[] args = {"run", job.toString(), "--out", out.toString(), "--state", dir.resolve("state-concurrent").toString(), "-q"};
        // On a loaded machine one JVM may start so late that the other has finished: then the lock must
        // still have kept them apart (their runs do not overlap), and the pair is started again.
        boolean lockedOut = false;
        for (int attempt = 1; attempt <= 3 && !lockedOut; attempt++) {
            int before = RunFolders.of(out).runFolders().size();
            Process first = child(args).redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
            Process second = child(args).redirectErrorStream(true).redirectOutput(dir.resolve("second.log").toFile()).start();
            assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String logs = Files.readString(dir.resolve("first.log")) + "\n---\n" + Files.readString(dir.resolve("second.log"));
            List<Integer> exits = List.of(first.exitValue(), second.exitValue());
            assertThat(exits).as(logs).containsAnyOf(0).allMatch(e -> e == 0 || e == 4);
            if (exits.contains(4)) {
                lockedOut = true;
                Process loser = exits.get(0) == 4 ? first : second;
                Process winner = loser == first ? second : first;
                assertThat(winner.exitValue()).as(logs).isZero();
                String loserLog = Files.readString(dir.resolve(loser == first ? "first.log" : "second.log"));
                assertThat(loserLog).as(loserLog)
                        .contains("unireg: nightly: locked — another run of job nightly holds the lock")
                        .contains("pid " + winner.pid()).containsPattern("host \\S+, pid \\d+, started 20\\d\\d-");
                assertThat(RunFolders.of(out).runFolders()).as("only the winner made a run folder").hasSize(before + 1);
            } else {
                List<RunFolders.RunInfo> runs = RunFolders.of(out).history(false);
                RunFolders.RunInfo a = runs.get(runs.size() - 2);
                RunFolders.RunInfo b = runs.get(runs.size() - 1);
                assertThat(a.finishedAt()).as("both ran: one after the other, never at once").isBeforeOrEqualTo(b.startedAt());
            }
        }
        assertThat(lockedOut).as("in 3 attempts the two runs never met").isTrue();
    }

    /** What a run changes, each read as one string: equal strings, equal versions. */
    private static Map<String, String> snapshots(Path out) throws Exception {
        Map<String, String> s = new LinkedHashMap<>();
        Path records = out.resolve("latest/records.csv");
        s.put("latest", Files.exists(records) ? sha256(records) : "none");
        s.put("pg upsert", table("kill_upsert"));
        s.put("pg replace", table("kill_replace"));
        s.put("state", stateStore(dir.resolve("state-kill").resolve("state.sqlite")));
        return s;
    }

    /**
     * The state store's content (record ids with their fingerprints, rows read per source), without the
     * run ids and times in its meta table: the state of night A is the same content whichever run made it.
     */
    private static String stateStore(Path file) throws Exception {
        if (!Files.exists(file)) {
            return "absent";
        }
        StringBuilder text = new StringBuilder();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select value from meta where key = 'golden'")) {
                // The golden-records file holds the ids with their fingerprints, sorted: its bytes are its content.
                text.append(rs.next() ? sha256(file.resolveSibling(rs.getString(1))) : "no golden file").append('\n');
            }
            try (ResultSet rs = s.executeQuery("select source, rows_read from source order by source")) {
                while (rs.next()) {
                    text.append(rs.getString(1)).append(':').append(rs.getLong(2)).append('\n');
                }
            }
        }
        return sha256(text.toString());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Row count, distinct ids and a digest of every row's content, in id order; "absent" before the first run. */
    private static String table(String table) throws SQLException {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select to_regclass('" + table + "') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return "absent";
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*), count(distinct unireg_id), md5(coalesce(string_agg(t::text, '|' order by unireg_id), ''))"
                    + " from (select surname, given_name, patronymic, sex, birth_date, birth_place, registration_street, unireg_id, sources from "
                    + table + ") t")) {
                rs.next();
                return rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3);
            }
        }
    }

    @Test
    void aRunKilledAtRandomPointsLeavesEachOutputOldOrNewAndTheNextRunCompletes() throws Exception {
        Path out = dir.resolve("out-kill");
        Path state = dir.resolve("state-kill");
        Path jobA = job("kill-a", "a.csv", "kill");
        Path jobB = job("kill-b", "b.csv", "kill");
        String[] runA = {"run", jobA.toString(), "--out", out.toString(), "--state", state.toString(), "-q"};
        String[] runB = {"run", jobB.toString(), "--out", out.toString(), "--state", state.toString(), "-q"};

        // The two versions, from uninterrupted runs: A, then B over A (timed, as a child, to aim the kills).
        assertThat(CliRunner.run(runA).exitCode()).isZero();
        Map<String, String> versionA = snapshots(out);
        long t0 = System.nanoTime();
        Process reference = child(runB).redirectErrorStream(true).redirectOutput(dir.resolve("reference.log").toFile()).start();
        assertThat(reference.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(reference.exitValue()).as(Files.readString(dir.resolve("reference.log"))).isZero();
        long childMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> versionB = snapshots(out);
        for (String thing : versionA.keySet()) {
            assertThat(versionB.get(thing)).as("%s changes between the versions (else the check proves nothing)", thing)
                    .isNotEqualTo(versionA.get(thing));
        }

        for (long seed : new long[]{1, 2, 3, 4}) {
            // back to A: the replace table and latest by a run of A; the upsert table (a union) by emptying it first
            try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                s.execute("drop table kill_upsert");
            }
            assertThat(CliRunner.run(runA).exitCode()).isZero();
            Map<String, String> before = snapshots(out);
            assertThat(before).isEqualTo(versionA);

            long delay = 200 + new Random(seed).nextLong(Math.max(1, childMillis - 200));
            Process victim = child(runB).redirectErrorStream(true).redirectOutput(dir.resolve("victim-" + seed + ".log").toFile()).start();
            boolean finished = victim.waitFor(delay, TimeUnit.MILLISECONDS);
            victim.destroyForcibly();   // SIGKILL: no shutdown hook, no rollback from the client
            assertThat(victim.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Map<String, String> after = snapshots(out);
            StringBuilder seen = new StringBuilder();
            after.forEach((thing, v) -> seen.append(", ").append(thing).append(' ')
                    .append(v.equals(versionA.get(thing)) ? "old" : v.equals(versionB.get(thing)) ? "new" : "MIXED"));
            System.out.printf("kill seed %d: after %d ms of a %d ms run%s%s%n", seed, delay, childMillis, finished ? " (finished)" : "", seen);
            for (String thing : after.keySet()) {
                assertThat(after.get(thing)).as("seed %d, killed after %d ms%s: %s is a mix", seed, delay,
                                finished ? " (it had finished)" : "", thing)
                        .isIn(versionA.get(thing), versionB.get(thing));
            }
            assertThat(Files.list(out).map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".latest-")))
                    .as("no temporary link left beside latest").isEmpty();

            CliRunner rerun = CliRunner.run(runB);
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(snapshots(out)).as("seed %d: the next run completes", seed).isEqualTo(versionB);
            assertThat(CliRunner.run("history", jobB.toString(), "--out", out.toString(), "--state", state.toString()).out())
                    .doesNotContain("running");
        }
    }
}
