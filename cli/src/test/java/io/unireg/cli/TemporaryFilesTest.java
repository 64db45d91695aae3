package io.unireg.cli;

import org.junit.jupiter.api.Test;
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
 * The workbooks' temporary sheet files (POI's, for xlsx outputs and the review file) go to a folder
 * of the run's own: POI's shared {@code ${java.io.tmpdir}/poifiles}, made by whoever ran first, is
 * not writable by anyone else, and its per-user {@code poifiles_NAME} can be made by anyone else first.
 * Root can write anywhere, so the test makes {@code poifiles} unusable for everyone (a plain file) and
 * plants {@code poifiles_clerk}.
 */
class TemporaryFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRunDoesNotNeedTheSharedPoiFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "another user's folder, as far as this run can tell");
        Path planted = Files.createDirectory(tmp.resolve("poifiles_clerk"));
        Path out = dir.resolve("out");
        Process p = run(tmp, "../mapping-rules/kharkiv-residents.yaml", out);

        assertThat(p.exitValue()).as(String.join("\n", lines(p))).isZero();
        assertThat(out.resolve("latest/review.xlsx")).isNotEmptyFile();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(f -> f.getFileName().toString()))
                    .as("the run's own folder is removed at exit, the planted one left unused")
                    .noneMatch(name -> name.startsWith("unireg-poi-"));
        }
        try (Stream<Path> left = Files.list(planted)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * A temporary folder that cannot be made is an I/O error in one line, not an internal error: here
     * the SQLite output's driver, which unpacks its native library there and must not log its attempts.
     */
    @Test
    void aTemporaryFolderThatCannotBeMadeEndsInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Process p = run(file.resolve("tmp"), "../mapping-rules/kharkiv-residents.yaml", dir.resolve("out"));
        List<String> lines = lines(p);

        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("unireg: kharkiv-residents: failed: ").contains("records.sqlite").doesNotContain("internal error"));
    }

    /** The reports hold their sheets in memory: neither a run without workbook outputs nor re-rendering needs one. */
    @Test
    void theReportsNeedNoTemporaryFolder() throws Exception {
        Path nowhere = Files.writeString(dir.resolve("a-file"), "not a folder").resolve("tmp");
        Path out = dir.resolve("out");
        Process p = run(nowhere, "../mapping-rules/benchmarks/kharkiv-residents-generic.yaml", out);
        assertThat(p.exitValue()).as(String.join("\n", lines(p))).isZero();
        assertThat(out.resolve("latest/report.xlsx")).isNotEmptyFile();

        Path rendered = dir.resolve("rendered");
        Process report = java(nowhere, "report", out.resolve("latest").toString(), "--out", rendered.toString());
        assertThat(report.exitValue()).as(String.join("\n", lines(report))).isZero();
        assertThat(rendered.resolve("report.xlsx")).hasSameBinaryContentAs(out.resolve("latest/report.xlsx"));
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
