package io.unireg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks' temporary sheet files go to a folder of the user's own: POI's shared
 * {@code ${java.io.tmpdir}/poifiles}, made by whoever ran first, is not writable by anyone else. Root
 * can write anywhere, so the test makes {@code poifiles} unusable for everyone: a plain file.
 */
class TemporaryFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRunDoesNotNeedTheSharedPoiFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "another user's folder, as far as this run can tell");
        Path out = dir.resolve("out");
        Process p = run(tmp, "../mapping-rules/kharkiv-residents.yaml", out);

        assertThat(p.exitValue()).as(String.join("\n", lines(p))).isZero();
        assertThat(out.resolve("latest/report.xlsx")).isNotEmptyFile();
        assertThat(tmp.resolve("poifiles_clerk")).isDirectory();
        try (Stream<Path> left = Files.list(tmp.resolve("poifiles_clerk"))) {
            assertThat(left).as("temporary sheets are removed once written").isEmpty();
        }
    }

    /**
     * A temporary folder that cannot be made is an I/O error in one line, not an internal error: the
     * workbooks' sheets (the generic job), and the SQLite output's driver, which unpacks its native
     * library there and must not log its attempts (the sample job).
     */
    @ParameterizedTest
    @CsvSource({
            "benchmarks/kharkiv-residents-generic.yaml, kharkiv-residents-generic, cannot make the temporary file of sheet",
            "kharkiv-residents.yaml, kharkiv-residents, records.sqlite"})
    void aTemporaryFolderThatCannotBeMadeEndsInOneLine(String job, String name, String says) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Process p = run(file.resolve("tmp"), "../mapping-rules/" + job, dir.resolve("out"));
        List<String> lines = lines(p);

        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("unireg: " + name + ": failed: ").contains(says).doesNotContain("internal error"));
    }

    @Test
    void reRenderingTheReportsFailsInOneLineToo() throws Exception {
        Path out = dir.resolve("out");
        assertThat(run(Files.createDirectories(dir.resolve("tmp")), "../mapping-rules/benchmarks/kharkiv-residents-generic.yaml", out)
                .exitValue()).isZero();
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Process p = java(file.resolve("tmp"), "report", out.resolve("latest").toString());
        List<String> lines = lines(p);

        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("unireg: report: ").contains("cannot make the temporary file of sheet"));
    }

    private static List<String> lines(Process p) throws Exception {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    private static Process run(Path tmp, String job, Path out) throws Exception {
        return java(tmp, "run", job, "--out", out.toString(), "--no-state", "--limit", "50", "-q");
    }

    private static Process java(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Duser.name=clerk", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p;
    }
}
