package io.unireg.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heap too small for the job (the sample job's dedupe and reconcile hold their records in memory)
 * is bad input like any other: one line saying what to do, exit 1, the run folder marked failed —
 * never a stack trace from whichever thread ran out first, never a hang.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    /** 16 MB runs out while the job compiles; 24 MB inside the run, on the pipeline's threads. */
    @ParameterizedTest
    @ValueSource(strings = {"16m", "24m"})
    void aHeapTooSmallEndsInOneLineAndAFailedRun(String heap) throws Exception {
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "../mapping-rules/kharkiv-residents.yaml", "--out", out.toString(),
                "--state", dir.resolve("state").toString(), "-q")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ran out of memory instead of hanging").isTrue();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("unireg: ").contains("out of memory: the Java heap (")
                .contains("JAVA_OPTS=-Xmx").doesNotContain("Exception");
        // Where the run had begun, its folder says how it ended (history reads it).
        if (Files.isDirectory(out.resolve("runs"))) {
            try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
                for (Path run : runs.filter(Files::isDirectory).toList()) {
                    assertThat(run.resolve("failed.json")).content().contains("out of memory").contains("\"exit_code\" : 1");
                }
            }
        }
    }
}
