package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code unireg history} and {@code unireg status} over real runs: good, gate-failed, failed, and a held lock. */
class HistoryStatusCommandTest {

    @TempDir
    Path dir;

    private Path job(String gate) throws Exception {
        Files.write(dir.resolve("people.csv"), List.of("НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН",
                "1;Коваленко;Олена;ж;02.01.1984;3068208400", "2;Шевченко;Тарас;ч;31.02.1990;3652500001"), Charset.forName("windows-1251"));
        return Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: people.csv, key: НОМЕР}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
                  rnokpp: {from: ІПН, normalize: [digits], on_error: null}
                outputs:
                  - {type: csv}
                quality: {max_reject_rate: %s}
                """.formatted(gate));
    }

    private String[] args(String command, Path job, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of(command, job.toString(), "--out", dir.resolve("out").toString(),
                "--state", dir.resolve("state").toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void historyListsEveryRunWithItsStatusAndStatusNamesTheLastGoodOne() throws Exception {
        Path job = job("0.9");
        assertThat(CliRunner.run(args("run", job, "-q")).exitCode()).isZero();
        job("0.1");
        assertThat(CliRunner.run(args("run", job, "-q")).exitCode()).isEqualTo(3);
        // More broken quotes than a run reads on after: the run fails.
        List<String> broken = new java.util.ArrayList<>(List.of("НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН",
                "1;Коваленко;Олена;ж;02.01.1984;3068208400"));
        for (int i = 2; i <= 102; i++) {
            broken.add(i + ";\"Лапка\" зайва;Олена;ж;01.01.2000;");
        }
        Files.write(dir.resolve("people.csv"), broken, Charset.forName("windows-1251"));
        assertThat(CliRunner.run(args("run", job, "-q")).exitCode()).isEqualTo(1);

        CliRunner history = CliRunner.run(args("history", job));
        assertThat(history.exitCode()).as(history.err()).isZero();
        List<String> lines = history.out().strip().lines().toList();
        assertThat(lines.get(0)).startsWith("job people: 3 run(s) in ");
        assertThat(lines.get(2)).startsWith("* ").contains(" ok ").containsPattern("\\s2\\s+1\\s+1\\s");
        assertThat(lines.get(3)).startsWith("  ").contains(" quality-gate-failed ").contains(" 3 ");
        assertThat(lines.get(4)).contains(" failed ").contains(" 1 ");

        JsonNode json = new ObjectMapper().readTree(CliRunner.run(args("history", job, "--json")).out());
        assertThat(json.path("job").asText()).isEqualTo("people");
        assertThat(json.path("runs")).hasSize(3);
        assertThat(json.path("runs").get(0).path("latest").asBoolean()).isTrue();
        assertThat(json.path("runs").get(2).path("status").asText()).isEqualTo("failed");
        assertThat(json.path("runs").get(2).path("message").asText()).contains("people.csv");

        CliRunner status = CliRunner.run(args("status", job));
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("job people: not running").contains("last good run: ").contains(" — ok (exit 0)")
                .contains("last run: ").contains(" — failed (exit 1)");
        // the job's name works where the job file is gone
        assertThat(CliRunner.run("status", "people", "--out", dir.resolve("out").toString(), "--state", dir.resolve("state").toString())
                .out()).contains("job people: not running");
    }

    @Test
    void statusExitsFourAndNamesTheHolderWhileARunHoldsTheLock() throws Exception {
        Path job = job("0.9");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunCommandTest.LockHolder.class.getName(),
                dir.resolve("state/run.lock").toString()).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("locked");
            CliRunner status = CliRunner.run(args("status", job));
            assertThat(status.exitCode()).isEqualTo(4);
            assertThat(status.out()).contains("job people: running (host ").contains("pid " + holder.pid());
            JsonNode json = new ObjectMapper().readTree(CliRunner.run(args("status", job, "--json")).out());
            assertThat(json.path("running").asBoolean()).isTrue();
            assertThat(json.path("last_good_run").isNull()).isTrue();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(CliRunner.run(args("status", job)).exitCode()).isZero();
    }

    @Test
    void aJobFileThatIsNeitherAFileNorANameIsAUsageError() {
        CliRunner r = CliRunner.run("history", "No Such/job.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no such job file");
    }
}
