package io.unireg.report;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up workbook is written beside every run: on a thread that ends and never holds the JVM, leaving nothing behind. */
class ReportXlsxWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void runsOnADaemonThreadThatEnds() throws Exception {
        Thread thread = ReportXlsx.warmUp();
        assertThat(thread.isDaemon()).isTrue();
        thread.join(60_000);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void writesItsWorkbookToNowhereAndLeavesNoTemporaryFiles() throws Exception {
        // A folder of its own: other runs' warm-ups and other JVMs share java.io.tmpdir/poifiles.
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        try {
            ReportXlsx.writeWarmUpWorkbook();
            assertThat(count(dir)).as("SXSSF's temporary sheet files are removed").isZero();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
