package io.unireg.cli;

import io.unireg.jdbc.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upsert into PostgreSQL killed with SIGKILL in the middle of writing leaves the table exactly as
 * the last good run left it; the rerun then gives exactly what an uninterrupted run gives.
 */
class JdbcKillTest {

    private static final int ROWS = 20_000;
    @RegisterExtension
    static final TestDatabases.PerClass pg = TestDatabases.postgresPerClass();
    @TempDir
    Path dir;

    private Path job(String name, String input, String table, String load) throws Exception {
        Path job = dir.resolve(name + ".yaml");
        Files.writeString(job, """
                unireg: 1
                job: kill-test
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
                  - {type: jdbc, url: "%s", user: postgres, table: %s, mode: upsert, load: %s, batch_size: 100}
                """.formatted(input, pg.url(), table, load));
        return job;
    }

    /** Row count, distinct ids and a digest of every row's content, in id order. */
    private static List<String> state(String table) throws SQLException {
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct unireg_id), md5(coalesce(string_agg(t::text, '|' order by unireg_id), ''))"
                     + " from (select surname, given_name, patronymic, sex, birth_date, birth_place, registration_street, unireg_id, sources from "
                     + table + ") t")) {
            rs.next();
            return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }

    private static boolean writing(Process child) throws SQLException {
        try (Connection c = pg.connect();
             PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where datname = ? and application_name = 'unireg'"
                     + " and xact_start is not null and (query ilike 'insert into%' or query ilike 'copy %')")) {
            s.setString(1, pg.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0 && child.isAlive();
            }
        }
    }

    /** batch: prepared INSERT … ON CONFLICT batches; copy: COPY into the new table (key built at the end), then staging and merge. */
    @ParameterizedTest
    @ValueSource(strings = {"batch", "copy"})
    void killedUpsertChangesNothingAndTheRerunCompletesIt(String load) throws Exception {
        String person = "person_" + load;
        String reference = "person_ref_" + load;
        for (String[] g : new String[][]{{"a.csv", "11"}, {"b.csv", "12"}}) {
            CliRunner gen = CliRunner.run("generate", "residents", "--rows", String.valueOf(ROWS), "--seed", g[1],
                    "--encoding", "utf-8", "--out", dir.resolve(g[0]).toString());
            assertThat(gen.exitCode()).as(gen.err()).isZero();
        }
        // The reference: both runs, uninterrupted.
        for (String input : List.of("a.csv", "b.csv")) {
            CliRunner r = CliRunner.run("run", job("ref-" + input, input, reference, load).toString(), "--out", dir.resolve("out-ref").toString(), "-q");
            assertThat(r.exitCode()).as(r.err()).isIn(0, 3);
        }
        CliRunner first = CliRunner.run("run", job("a", "a.csv", person, load).toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(first.exitCode()).as(first.err()).isIn(0, 3);
        List<String> afterFirst = state(person);
        assertThat(Long.parseLong(afterFirst.get(0))).isGreaterThan(ROWS / 2);

        // The second run in a child JVM, killed with SIGKILL while its INSERTs are running.
        Path jobB = job("b", "b.csv", person, load);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.unireg.cli.Main", "run", jobB.toString(),
                "--out", dir.resolve("out").toString(), "-q");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        Process child = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!writing(child)) {
            assertThat(child.isAlive()).as("the child ended before it was seen writing: " + Files.readString(dir.resolve("child.log"))).isTrue();
            assertThat(System.nanoTime()).as("the child never started writing").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(200);
        assertThat(child.isAlive()).as("still writing when killed").isTrue();
        child.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no rollback from the client
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        assertThat(state(person)).as("a killed run changes nothing").isEqualTo(afterFirst);

        CliRunner rerun = CliRunner.run("run", jobB.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(rerun.exitCode()).as(rerun.err()).isIn(0, 3);
        List<String> after = state(person);
        assertThat(after.get(0)).as("no row doubled").isEqualTo(after.get(1));
        assertThat(after).as("exactly the rows of two uninterrupted runs").isEqualTo(state(reference));
        List<String> expectedNotFirst = new ArrayList<>(afterFirst);
        assertThat(after).isNotEqualTo(expectedNotFirst);
    }
}
