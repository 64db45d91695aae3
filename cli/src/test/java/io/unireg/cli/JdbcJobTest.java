package io.unireg.cli;

import io.unireg.jdbc.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole runs through the CLI: CSV → PostgreSQL, PostgreSQL → CSV and the embedded SQLite default. */
class JdbcJobTest {

    @RegisterExtension
    static final TestDatabases.PerClass pg = TestDatabases.postgresPerClass();
    @TempDir
    Path dir;

    private Path people() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.write(csv, String.join("\r\n",
                "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН",
                "101; КОВАЛЕНКО ;олена;ж;02.01.1984;3068208400",
                "102;Шевченко;Тарас;ч;09.03.1948;1759013770",
                "103;Бондар;Іван;ч;31.02.1990;2530414071",
                "").getBytes(Charset.forName("windows-1251")));
        return csv;
    }

    private Path job(String name, String sources, String outputs) throws Exception {
        Path job = dir.resolve(name + ".yaml");
        Files.writeString(job, """
                unireg: 1
                job: %s
                sources:
                %s
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F, m: M, f: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy, yyyy-MM-dd]}]}
                  rnokpp: {from: ІПН, normalize: [digits], on_error: null}
                outputs:
                %s
                """.formatted(name, sources, outputs));
        return job;
    }

    @Test
    void csvIntoPostgresThenBackOutWithoutLeakingThePassword() throws Exception {
        people();
        String secret = System.getenv("UNIREG_TEST_DB_PASSWORD");
        // The password reaches the URL through ${…} too: neither it nor password_env's value may show anywhere.
        Path load = job("load", "  - {id: people, type: csv, path: people.csv, key: НОМЕР}",
                "  - {type: csv}\n  - {type: jdbc, url: \"" + pg.url() + "?password=${UNIREG_TEST_DB_PASSWORD}\", user: postgres,"
                        + " password_env: UNIREG_TEST_DB_PASSWORD, table: person, mode: upsert}");
        CliRunner r = CliRunner.run("run", load.toString(), "--out", dir.resolve("out1").toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String manifest = Files.readString(dir.resolve("out1/latest/manifest.json"));
        assertThat(manifest).contains("\"path\" : \"" + pg.url() + "?password=*** table person\"").doesNotContain(secret);
        assertThat(r.err() + r.out()).doesNotContain(secret);
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select surname, birth_date, rnokpp, sources from person order by sources")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Коваленко");
            assertThat(rs.getObject(2)).hasToString("1984-01-02");
            assertThat(rs.getString(4)).isEqualTo("people:101");
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isFalse();
        }

        // A failing connection names the database without the password.
        Path bad = job("bad", "  - {id: people, type: csv, path: people.csv, key: НОМЕР}",
                "  - {type: jdbc, url: \"jdbc:mariadb://127.0.0.1:3306/nope?password=${UNIREG_TEST_DB_PASSWORD}\", user: root,"
                        + " password_env: UNIREG_TEST_DB_PASSWORD}");
        CliRunner failed = CliRunner.run("run", bad.toString(), "--out", dir.resolve("out-bad").toString(), "-q");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("jdbc output jdbc:mariadb://127.0.0.1:3306/nope?password=***").doesNotContain(secret);
        assertThat(failed.err().lines().filter(l -> !l.isBlank()).count()).as(failed.err()).isLessThanOrEqualTo(2);

        // Read it back with a query and a bound parameter.
        Path back = job("back", "  - id: registry\n    type: jdbc\n    url: " + pg.url() + "\n    user: postgres\n"
                        + "    query: \"select sources as НОМЕР, surname as ПРІЗВИЩЕ, given_name as ІМЯ, sex as СТАТЬ,"
                        + " birth_date as ДАТА_НАР, rnokpp as ІПН from person where birth_date < :before order by sources\"\n"
                        + "    params: {before: 1950-01-01}\n    key: НОМЕР",
                "  - {type: csv}");
        CliRunner r2 = CliRunner.run("run", back.toString(), "--out", dir.resolve("out2").toString(), "-q");
        assertThat(r2.exitCode()).as(r2.err()).isZero();
        List<String> records = Files.readAllLines(dir.resolve("out2/latest/records.csv"), StandardCharsets.UTF_8);
        assertThat(records).hasSize(2);
        assertThat(records.get(1)).startsWith("Шевченко,Тарас,,M,1948-03-09,").endsWith(",registry:people:102");
        String manifest2 = Files.readString(dir.resolve("out2/latest/manifest.json"));
        assertThat(manifest2).contains("\"url\" : \"" + pg.url() + "\"");
    }

    @Test
    void embeddedDefaultWritesAnSqliteFileInTheRunFolder() throws Exception {
        people();
        Path job = job("embedded", "  - {id: people, type: csv, path: people.csv, key: НОМЕР}", "  - {type: csv}\n  - {type: jdbc}");
        CliRunner r = CliRunner.run("run", job.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path db = dir.resolve("out/latest/records.sqlite");
        assertThat(db).isRegularFile();
        assertThat(Files.readString(dir.resolve("out/latest/manifest.json"))).contains("\"path\" : \"records.sqlite\"");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(birth_date) from eddr_person")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getString(2)).isEqualTo("1948-03-09");
        }
        // a second run replaces the file as a whole, like every other output
        CliRunner again = CliRunner.run("run", job.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(again.exitCode()).as(again.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from eddr_person")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }
}
