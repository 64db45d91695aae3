package io.unireg.cli;

import io.unireg.normalize.ua.Rnokpp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code reconcile:} section's mistakes, located, and a state registry table read over JDBC. */
class ReconcileJobTest {

    static final String R1 = Rnokpp.make(LocalDate.of(1984, 1, 2), 11, false);
    static final String R2 = Rnokpp.make(LocalDate.of(1948, 3, 9), 22, true);

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("people.csv"), String.join("\n",
                "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН;ВУЛИЦЯ",
                "1;Коваленко;Олена;ж;02.01.1984;" + R1 + ";вул. Римарська",
                "2;Шевченко;Тарас;ч;09.03.1948;" + R2 + ";вул. Сумська",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("eddr.csv"), String.join("\n",
                "ID,ПРІЗВИЩЕ,ІМ'Я,СТАТЬ,ДАТА,РНОКПП,ВУЛИЦЯ",
                "S1,Коваленко,Елена,F,1984-01-02," + R1 + ",вул. Римарська",
                ""), StandardCharsets.UTF_8);
    }

    static final String LOCAL = """
            unireg: 1
            job: people
            sources:
              - {id: people, type: csv, path: people.csv, key: НОМЕР}
            target: {schema: eddr-person}
            fields:
              surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case]}
              given_name: {from: ІМЯ, normalize: [trim, title_case, given_name_uk]}
              sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
              birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
              rnokpp: {from: ІПН, normalize: [rnokpp]}
              registration_street: {from: ВУЛИЦЯ, normalize: [trim]}
            """;

    static final String STATE_FIELDS = """
              fields:
                surname: ПРІЗВИЩЕ
                given_name: {from: "ІМ'Я", normalize: [given_name_uk]}
                sex: СТАТЬ
                birth_date: {from: ДАТА, normalize: [{date: [yyyy-MM-dd]}]}
                rnokpp: РНОКПП
                registration_street: ВУЛИЦЯ
            """;

    Path job(String reconcile) throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, LOCAL + "reconcile:\n" + reconcile, StandardCharsets.UTF_8);
        return job;
    }

    @Test
    void checkSummarisesAValidSection() throws IOException {
        CliRunner check = CliRunner.run("check", job("  against: {id: eddr, type: csv, path: eddr.csv, key: ID}\n" + STATE_FIELDS).toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("reconcile: against eddr (csv), 6 field(s) mapped, keys [rnokpp], 6 compared field(s)");
    }

    @Test
    void mistakesInTheSectionAreLocatedWithSuggestions() throws IOException {
        Path job = job("""
                  against: {id: eddr, type: csv, path: eddr.csv, key: IDD}
                  fields:
                    surname: ПРІЗВИЩЕ
                    given_name: {from: "ІМ'Я", normalize: [given_name_ku]}
                    sex: СТАТ
                    birth_date: ДАТА
                    rnokpp: РНОКПП
                  keys: [rnokpp, unzr, rnokp]
                  compare: [surname, registration_street]
                  authority:
                    local: [katottg]
                    stat: [surname]
                  link:
                    mode: dedupe
                    blocking: [[surname]]
                """);
        CliRunner check = CliRunner.run("check", job.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        List<String> lines = check.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(job + ":14:55: key column 'IDD' is not in source 'eddr'")
                .contains("did you mean 'ID'?"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(job + ":17:44: unknown function 'given_name_ku'")
                .contains("did you mean 'given_name_uk'?"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(job + ":18:10: field 'sex': column 'СТАТ' is not in source 'eddr'")
                .contains("did you mean 'СТАТЬ'?"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(job
                + ":21:18: reconcile.keys: field 'unzr' is not mapped in 'fields', so local records never hold it"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(job
                + ":21:24: reconcile.keys: unknown field 'rnokp': not in the target schema (did you mean 'rnokpp'?)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(job
                + ":22:22: reconcile.compare: field 'registration_street' is not mapped in reconcile.fields, so state records never hold it"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(job
                + ":24:13: reconcile.authority.local: field 'katottg' is not compared (see reconcile.compare), so it never differs"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(job + ":25:5: unknown key 'stat' in reconcile.authority")
                .contains("did you mean 'state'?"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(job
                + ":27:11: reconcile.link always links local records to state records; leave 'mode' out"));
    }

    @Test
    void theLinkSectionIsReadByTheMatchingEngineWithItsOwnMessages() throws IOException {
        Path job = job("  against: {id: eddr, type: csv, path: eddr.csv, key: ID}\n" + STATE_FIELDS + """
                  link:
                    blocking: [[name_key(surnam)]]
                    compare: {surname: [exact]}
                    tresholds: {match: 0.9}
                """);
        CliRunner check = CliRunner.run("check", job.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("unknown field 'surnam'").contains("did you mean 'surname'?")
                .contains("unknown key 'tresholds' in reconcile.link (did you mean 'thresholds'?)");
    }

    @Test
    void theAgainstSourceMustExistAndAStateFieldsSectionIsRequired() throws IOException {
        Path job = job("  against: {id: eddr, type: csv, path: missing.csv}\n");
        CliRunner check = CliRunner.run("check", job.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("reconcile needs 'fields'");
        Path job2 = job("  against: {id: eddr, type: csv, path: missing.csv}\n  fields: {surname: ПРІЗВИЩЕ}\n");
        CliRunner check2 = CliRunner.run("check", job2.toString());
        assertThat(check2.err()).contains("no such file").contains("missing.csv")
                .contains("required field 'given_name' of schema 'eddr-person' has no entry in 'reconcile.fields'");
    }

    @Test
    void aStateRegistryTableInSqliteIsReconciledLikeAFile() throws Exception {
        Path db = dir.resolve("state.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("create table person (id text primary key, surname text, given text, sex text, born text, tax text, street text)");
            try (PreparedStatement p = c.prepareStatement("insert into person values (?,?,?,?,?,?,?)")) {
                for (String[] row : new String[][]{
                        {"S1", "Коваленко", "Елена", "F", "1984-01-02", R1, "вул. Римарська"},
                        {"S2", "Шевченко", "Тарас", "M", "1948-03-09", R2, "вул. Пушкінська"},
                        {"S3", "Петренко", "Андрій", "M", "1960-06-06", Rnokpp.make(LocalDate.of(1960, 6, 6), 5, true), null}}) {
                    for (int i = 0; i < row.length; i++) {
                        p.setString(i + 1, row[i]);
                    }
                    p.executeUpdate();
                }
            }
        }
        Path job = job("""
                  against: {id: eddr, type: jdbc, url: "jdbc:sqlite:%s", table: person, key: id}
                  fields:
                    surname: surname
                    given_name: {from: given, normalize: [given_name_uk]}
                    sex: sex
                    birth_date: {from: born, normalize: [{date: [yyyy-MM-dd]}]}
                    rnokpp: {from: tax, normalize: [rnokpp]}
                    registration_street: street
                """.formatted(db));
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("run", job.toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("latest/reconciliation.csv"))).hasSize(4)
                .anySatisfy(l -> assertThat(l).endsWith(",matched,S1,rnokpp,1.0,"))
                .anySatisfy(l -> assertThat(l).endsWith(",matched_with_differences,S2,rnokpp,1.0,registration_street"))
                .anySatisfy(l -> assertThat(l).isEqualTo(",state_only,S3,,,"));
        assertThat(Files.readAllLines(out.resolve("latest/local_updates.csv")).get(1))
                .endsWith(",S2,registration_street,вул. Сумська,вул. Пушкінська,value,matched by rnokpp; local value from people:2; state record eddr:S2");
    }
}
