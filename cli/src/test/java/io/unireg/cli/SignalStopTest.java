package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unireg.run.RunFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run asked to end by SIGTERM (a scheduler's time limit, systemd, {@code timeout}) while its rows are
 * being written: a real child JVM, stopped mid-run. It says so in its last line, records failed.json,
 * leaves no staging folder, exits 1, and the last good run stays published.
 */
class SignalStopTest {

    @TempDir
    Path dir;

    @Test
    void aRunStoppedBySigtermSaysSoLeavesNoStagingAndExitsOne() throws Exception {
        Path out = dir.resolve("out");
        Path state = dir.resolve("state");
        Files.writeString(dir.resolve("small.csv"), "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР\n101;Коваленко;Олена;ж;02.01.1984\n");
        writeRows(dir.resolve("big.csv"), 600_000);
        CliRunner good = CliRunner.run("run", job("small.csv").toString(), "--out", out.toString(), "--state", state.toString(), "-q");
        assertThat(good.exitCode()).as(good.err()).isZero();
        Path latest = out.resolve(RunFolders.LATEST).toRealPath();
        byte[] goodRecords = Files.readAllBytes(latest.resolve("records.csv"));

        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.unireg.cli.Main",
                "run", job("big.csv").toString(), "--out", out.toString(), "--state", state.toString(), "-q"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Stop it once it is writing its outputs: its staging folder exists and holds a records file.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stagingRecords(out) == null && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the run was still going when stopped: %s", Files.readString(log)).isTrue();
        Path staged = stagingRecords(out);
        assertThat(staged).as("a staging folder with records.csv appeared").isNotNull();
        Thread.sleep(200);
        child.destroy(); // SIGTERM
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String printed = Files.readString(log, StandardCharsets.UTF_8).strip();
        assertThat(child.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed.lines()).singleElement().asString()
                .startsWith("unireg: signals: failed: stopped: the process was asked to end (SIGTERM or Ctrl-C)");
        Path stopped = staged.getParent().getParent();
        JsonNode failed = new ObjectMapper().readTree(stopped.resolve(RunFolders.FAILED).toFile());
        assertThat(failed.get("status").asText()).isEqualTo("stopped");
        assertThat(failed.get("exit_code").asInt()).isEqualTo(1);
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".unireg-staging-"));
        }
        assertThat(out.resolve(RunFolders.LATEST).toRealPath()).isEqualTo(latest);
        assertThat(Files.readAllBytes(latest.resolve("records.csv"))).isEqualTo(goodRecords);

        CliRunner history = CliRunner.run("history", job("big.csv").toString(), "--out", out.toString(), "--state", state.toString());
        assertThat(history.out()).contains("stopped");
        CliRunner next = CliRunner.run("run", job("small.csv").toString(), "--out", out.toString(), "--state", state.toString(), "-q");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).as("the stopped run released its lock").doesNotContain("stale");
    }

    /**
     * A signal while the run commits (its report is being written, after its outputs were committed) waits
     * for it: the run is published and says ok, and the process exits 0, not 143.
     */
    @Test
    void aSignalWhileTheRunCommitsLetsItFinishWithItsOwnExitCode() throws Exception {
        Path out = dir.resolve("out");
        Path state = dir.resolve("state");
        writeRows(dir.resolve("big.csv"), 300_000);
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.unireg.cli.Main",
                "run", job("big.csv").toString(), "--out", out.toString(), "--state", state.toString(), "-q"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (staged(out, "report.xlsx") == null && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        boolean signalled = child.isAlive();
        child.destroy(); // SIGTERM, while report.xlsx is being written: the run has committed its outputs
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String printed = Files.readString(log, StandardCharsets.UTF_8).strip();
        assertThat(signalled).as("the signal came before the run ended (else this proves nothing): %s", printed).isTrue();
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed.lines()).singleElement().asString().startsWith("unireg: signals: ok — read 300000 rows");
        assertThat(out.resolve(RunFolders.LATEST).resolve("records.csv")).exists();
    }

    private Path job(String file) throws IOException {
        Path job = dir.resolve(file.replace(".csv", ".yaml"));
        Files.writeString(job, """
                unireg: 1
                job: signals
                sources:
                  - {id: people, type: csv, path: %s, key: НОМЕР}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case]}
                  sex: {from: СТАТЬ, normalize: [trim, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
                  document_number: {from: НОМЕР, normalize: [{regex_replace: ['^', 'ID']}]}
                outputs:
                  - {type: csv, path: records.csv}
                """.formatted(file));
        return job;
    }

    private static void writeRows(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format("%d;Коваленко%d;Олена;%s;%02d.%02d.19%02d%n", 100_000 + i, i % 997,
                        i % 2 == 0 ? "ж" : "ч", 1 + i % 28, 1 + i % 12, 40 + i % 60));
            }
        }
    }

    /** records.csv in a run's staging folder, or null while there is none. */
    private static Path stagingRecords(Path out) throws IOException {
        return staged(out, "records.csv");
    }

    /**
     * {@code name} in a run's staging folder, or null while there is none. The child renames and deletes
     * files while this walks (a report's .tmp file, the staging folder itself), so a file that vanishes
     * mid-walk means "not yet" and the caller looks again, not a failed test.
     */
    private static Path staged(Path out, String name) throws IOException {
        Path runs = out.resolve(RunFolders.RUNS);
        if (!Files.isDirectory(runs)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(runs, 3)) {
            return files.filter(p -> p.getFileName().toString().equals(name)
                            && p.getParent().getFileName().toString().startsWith(".unireg-staging-"))
                    .findFirst().orElse(null);
        } catch (NoSuchFileException vanished) {
            return null;
        } catch (UncheckedIOException walking) {
            if (walking.getCause() instanceof NoSuchFileException) {
                return null;
            }
            throw walking;
        }
    }
}
