package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and output contracts of {@code unireg run}, on small generated inputs. */
class RunCommandTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;
    Path out;
    Path state;
    Path latest;

    @BeforeEach
    void setUp() throws IOException {
        out = dir.resolve("out");
        state = dir.resolve("state");
        latest = out.resolve("latest");
        Files.write(dir.resolve("people.csv"), String.join("\r\n",
                "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН",
                "101; КОВАЛЕНКО ;олена;ж;02.01.1984;3068208400",
                "102;Шевченко;Тарас;ч;09.03.1948;1759013770",
                "",
                "103;\"Бондар;енко\";Іван;ч;31.02.1990;2530414071",
                "104;Мельник;Петро",
                "105;Ткаченко;Ірина;ж;01.01.2000;3652500001",
                "").getBytes(CP1251));
    }

    private Path job(String quality, String extraField) throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: people.csv, key: НОМЕР}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, collapse_spaces, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
                  rnokpp: {from: ІПН, normalize: [digits], on_error: null}
                %s
                outputs:
                  - {type: csv}
                  - {type: ndjson}
                %s
                """.formatted(extraField, quality));
        return job;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesRecordsLinksRejectsAndManifestAndExitsZero() throws IOException {
        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(), "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("unireg: people: ok — read 5 rows, rejected 2 (40.0%), wrote 3 records");
        List<String> records = lines(latest.resolve("records.csv"));
        assertThat(records.get(0)).startsWith("surname,given_name,patronymic,sex,birth_date").endsWith(",unireg_id,cluster_id,sources");
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).startsWith("Коваленко,Олена,,F,1984-01-02,").contains(",3068208400,").endsWith(",people:101");
        assertThat(records.get(2)).startsWith("Шевченко,Тарас,,M,1948-03-09,").endsWith(",people:102").doesNotContain("1759013770");
        assertThat(records.get(3)).startsWith("Ткаченко,Ірина,,F,2000-01-01,");
        assertThat(lines(latest.resolve("records.ndjson"))).hasSize(3);
        assertThat(lines(latest.resolve("rejects.csv"))).containsExactly(
                "source,key,line,field,rule,message",
                "people,102,3,rnokpp,rnokpp,\"РНОКПП 17***13770 has a wrong check digit (value dropped, row kept: on_error null)\"",
                "people,103,5,birth_date,date,not a date: '31.02.1990' (no such day)",
                "people,,6,,columns,\"data row 4: expected 6 cells, found 3\"");
        assertThat(lines(latest.resolve("links.csv"))).hasSize(4).first().isEqualTo("source,key,cluster_id,match_probability");

        JsonNode manifest = new ObjectMapper().readTree(latest.resolve("manifest.json").toFile());
        assertThat(manifest.path("job").asText()).isEqualTo("people");
        assertThat(manifest.path("exit_code").asInt()).isZero();
        assertThat(manifest.path("job_file_sha256").asText()).hasSize(64);
        JsonNode input = manifest.path("inputs").get(0);
        assertThat(input.path("rows_read").asLong()).isEqualTo(5);
        assertThat(input.path("rows_rejected").asLong()).isEqualTo(2);
        assertThat(input.path("bad_rows").asLong()).isEqualTo(1);
        assertThat(input.path("detected").path("encoding").asText()).isEqualTo("windows-1251");
        assertThat(input.path("sha256").asText()).hasSize(64);
        assertThat(manifest.path("outputs")).extracting(o -> o.path("path").asText())
                .containsExactly("records.csv", "records.ndjson", "links.csv", "rejects.csv", "changes.csv", "changes.ndjson",
                        "report.json", "report.html", "report.xlsx");
        assertThat(manifest.path("outputs").get(0).path("rows").asLong()).isEqualTo(3);
        // completed_at includes making the reports (history's durations come from it); finished_at, which the reports show, does not
        java.time.Instant completed = java.time.Instant.parse(manifest.path("completed_at").asText());
        assertThat(java.nio.file.Files.getLastModifiedTime(latest.resolve("report.xlsx")).toInstant())
                .isBeforeOrEqualTo(completed.plusMillis(1));
        assertThat(java.time.Instant.parse(manifest.path("finished_at").asText())).isBeforeOrEqualTo(completed);
    }

    @Test
    void noStateWritesNoChangeSetAndLeavesNoStateStore() throws IOException {
        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(),
                "--no-state", "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(lines(latest.resolve("records.csv"))).hasSize(4);
        assertThat(latest.resolve("changes.csv")).doesNotExist();
        assertThat(state.resolve("state.sqlite")).doesNotExist();
    }

    @Test
    void failedQualityGateExitsThreeAndStillWritesOutputs() throws IOException {
        CliRunner r = CliRunner.run("run", job("quality: {max_reject_rate: 0.2}", "").toString(), "--out", out.toString(), "--state", state.toString(), "-q");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("quality gate max_reject_rate failed: 0.4000 (limit 0.2000)");
        // A run that fails its gates is kept (history lists it) but is not published as latest.
        assertThat(latest).doesNotExist();
        Path run = onlyRun();
        assertThat(run.resolve("records.csv")).exists();
        assertThat(run.resolve("manifest.json")).content().contains("\"passed\" : false");
    }

    private Path onlyRun() throws IOException {
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            return runs.collect(java.util.stream.Collectors.toList()).stream().reduce((a, b) -> {
                throw new AssertionError("more than one run: " + a + ", " + b);
            }).orElseThrow();
        }
    }

    @Test
    void jobFileErrorsExitTwoWithLocationAndSuggestion() throws IOException {
        Path job = job("", "  patronymic: {from: ПО_БАТЬКОВІ, normalize: [trimm]}\n  given_nam: ІМЯ");
        CliRunner r = CliRunner.run("run", job.toString(), "--out", out.toString(), "--state", state.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(job + ":12:47: unknown function 'trimm' (did you mean 'trim'?); 'unireg functions' lists them")
                .contains(job + ":13:3: field 'given_nam' is not in schema 'eddr-person' (did you mean 'given_name'?)")
                .contains(job + ":12:22: field 'patronymic': column 'ПО_БАТЬКОВІ' is not in source 'people' (people.csv, windows-1251)");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputMayNotTakeTheNameOfAFileEveryRunWrites() throws IOException {
        Path job = job("", "");
        Files.writeString(job, Files.readString(job).replace("- {type: ndjson}", "- {type: csv, path: rejects.csv}"));
        CliRunner r = CliRunner.run("check", job.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(job + ":15:5: output path 'rejects.csv' is written by every run itself; choose another name");
    }

    @Test
    void dryRunPrintsFiguresAndWritesNothing() throws IOException {
        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(), "--dry-run", "-q");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("source people").contains("read          5").contains("accepted          3");
        assertThat(out).doesNotExist();
    }

    @Test
    void limitReadsOnlyTheFirstRows() throws IOException {
        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(), "--limit", "2", "-q");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("read 2 rows");
    }

    @Test
    void countsBelowOneAreUsageErrorsNotUnlimited() throws IOException {
        // 0 used to mean "every row" for --limit and "every run" for --keep without saying so.
        for (List<String> option : List.of(List.of("--limit", "0"), List.of("--limit", "-1"), List.of("--keep", "0"), List.of("--keep", "-3"))) {
            CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(),
                    option.get(0), option.get(1), "-q");

            assertThat(r.exitCode()).as(option.toString()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(option.toString()).singleElement().asString()
                    .isEqualTo("unireg: " + option.get(0) + " must be a positive number, found " + option.get(1));
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void anEmptyOutFolderIsRefusedRatherThanWritingIntoTheCurrentFolder() throws IOException {
        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", "", "--state", state.toString(), "-q");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("unireg: --out is empty; give the job's output folder");
        assertThat(Path.of("runs")).doesNotExist();
    }

    @Test
    void aFunctionArgumentErrorNamesTheFunctionOnce() throws IOException {
        Path job = job("", "  entry_date: {from: ДАТА_НАР, normalize: [{date: {patterns: [dd.MM.yyyy], pivot_year: abc}}]}");

        CliRunner r = CliRunner.run("check", job.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(": date: pivot_year expects a whole number, found 'abc'").doesNotContain("date: date:");
    }

    @Test
    void previewRowsBelowOneIsAUsageError() throws IOException {
        for (String n : List.of("0", "-1")) {
            CliRunner r = CliRunner.run("preview", job("", "").toString(), "-n", n);

            assertThat(r.exitCode()).as(n).isEqualTo(2);
            assertThat(r.out()).as(n).isEmpty();
            assertThat(r.err().strip().lines()).as(n).singleElement().asString()
                    .isEqualTo("unireg: --rows must be a positive number, found " + n);
        }
    }

    @Test
    void unwritableOutputFolderExitsOneInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", file.resolve("sub").toString(), "--state", state.toString(), "-q");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString().startsWith("unireg: people: failed: ");
    }

    /**
     * The sample job (reports, review work-book, reconciliation) failing on broken quotes: its one line
     * on the run's stderr and nothing on the process's — POI once printed a 30-line stack trace there while
     * the failed run's report work-book was discarded.
     */
    @Test
    void aFailedSampleJobPrintsItsOneLineAndNothingElse() throws IOException {
        Path sampleJob = Path.of("../mapping-rules/kharkiv-residents.yaml");
        Path broken = dir.resolve("residents.csv");
        List<String> lines = Files.readAllLines(Path.of("../samples/kharkiv/residents.csv"), CP1251);
        lines = new java.util.ArrayList<>(lines.subList(0, 200));
        // More broken quotes than a run reads on after: the reader fails, rows already written.
        for (int i = 1; i <= 101; i++) {
            lines.add((900000 + i) + ";\"ТОВ \"Ромашка\"\";Іван;Іванович;ч;01.01.1980;Харків;;;;;");
        }
        Files.write(broken, String.join("\r\n", lines).concat("\r\n").getBytes(CP1251));
        Path job = dir.resolve("sample.yaml");
        Files.writeString(job, Files.readString(sampleJob)
                .replace("../samples/kharkiv/residents.csv", broken.toString())
                .replace("../samples/state/", sampleJob.toAbsolutePath().getParent().resolve("../samples/state/").normalize() + "/")
                .replace("file: reference/", "file: " + sampleJob.toAbsolutePath().getParent().resolve("reference").normalize() + "/"));
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
        CliRunner r;
        try {
            System.setErr(new java.io.PrintStream(processErr, true, StandardCharsets.UTF_8));
            r = CliRunner.run("run", job.toString(), "--out", out.toString(), "--state", state.toString());
        } finally {
            System.setErr(before);
        }

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("unireg: kharkiv-residents: failed: " + broken + ":").contains(": more than 100 records with broken quoting")
                .doesNotContain("I/O error"); // the input's fault, named by file and line
        assertThat(processErr.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aRunThatFailsMidwayLeavesThePreviousOutputsUntouched() throws IOException {
        assertThat(CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(), "-q").exitCode()).isZero();
        Path good = latest.toRealPath();
        byte[] before = Files.readAllBytes(latest.resolve("records.csv"));
        // More broken quotes than a run reads on after make the reader fail after rows were already written.
        StringBuilder broken = new StringBuilder(new String(Files.readAllBytes(dir.resolve("people.csv")), CP1251));
        for (int i = 1; i <= 101; i++) {
            broken.append(200 + i).append(";\"Лапка\" зайва;Олена;ж;01.01.2000;\r\n");
        }
        Files.write(dir.resolve("people.csv"), broken.toString().getBytes(CP1251));

        CliRunner r = CliRunner.run("run", job("", "").toString(), "--out", out.toString(), "--state", state.toString(), "-q");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("people.csv");
        assertThat(latest.toRealPath()).as("latest still the good run").isEqualTo(good);
        assertThat(Files.readAllBytes(latest.resolve("records.csv"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(good)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("records.csv", "records.ndjson", "rejects.csv", "links.csv", "manifest.json",
                            "changes.csv", "changes.ndjson", "report.json", "report.html", "report.xlsx");
        }
        // The failed run keeps a folder holding only why it failed (no staging folder left behind).
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            Path failed = runs.filter(p -> !p.equals(good)).findFirst().orElseThrow();
            try (Stream<Path> files = Files.list(failed)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("failed.json");
            }
            assertThat(failed.resolve("failed.json")).content().contains("\"status\" : \"failed\"").contains("\"exit_code\" : 1");
        }
    }

    @Test
    void aSecondRunOfTheSameJobExitsFourWhileTheFirstHoldsTheLock() throws Exception {
        Path job = job("", "");
        // A separate JVM holds the lock (OS locks are per process) until we close its stdin.
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), state.resolve("run.lock").toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("locked");
            CliRunner r = CliRunner.run("run", job.toString(), "--out", out.toString(), "--state", state.toString(), "-q");
            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).contains("another run of job people holds the lock " + state.resolve("run.lock"))
                    .contains("pid " + holder.pid());
            assertThat(out.resolve("runs")).as("a locked-out run makes no run folder").doesNotExist();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(CliRunner.run("run", job.toString(), "--out", out.toString(), "--state", state.toString(), "-q").exitCode()).isZero();
    }

    /** Holds a run lock file until its stdin closes. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (io.unireg.run.RunLock lock = io.unireg.run.RunLock.acquire(Path.of(args[0]), "people", java.time.Instant.now())) {
                System.out.print("locked");
                System.out.flush();
                System.in.read();
            }
        }
    }

    @Test
    void checkValidatesWithoutWriting() throws IOException {
        CliRunner r = CliRunner.run("check", job("", "").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ok: job people — 1 source(s), 5 of 22 fields of schema eddr-person mapped");
    }

    @Test
    void previewShowsRawBesideNormalisedValues() throws IOException {
        CliRunner r = CliRunner.run("preview", job("", "").toString(), "-n", "3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("── people line 2, key 101 ── accepted")
                .containsPattern("surname\\s+\" КОВАЛЕНКО \"\\s+→ Коваленко")
                .contains("── people line 3, key 102 ── accepted")
                .containsPattern("✗ rnokpp\\s+\"1759013770\"\\s+→ rnokpp: РНОКПП 17\\*\\*\\*13770 has a wrong check digit")
                .contains("── people line 5, key 103 ── REJECTED");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliRunner.run("--version").out()).startsWith("unireg ");
        for (String command : List.of("run", "check", "preview", "profile", "schemas", "functions", "generate")) {
            CliRunner help = CliRunner.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: unireg " + command);
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRunner r = CliRunner.run("rnu");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rnu");
    }
}
