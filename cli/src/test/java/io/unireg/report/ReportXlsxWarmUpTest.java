package io.unireg.report;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report workbook is begun beside every run: on a thread that ends and never holds the JVM, leaving nothing behind. */
class ReportXlsxWarmUpTest {

    @TempDir
    Path dir;

    /**
     * Runs of other tests in this JVM begin workbooks on daemon threads that may still be writing their
     * warm-up: their temporary files would land in this test's folder once its strategy is set.
     */
    @BeforeEach
    void otherRunsWarmUpsHaveEnded() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("report-warm-up")) {
                t.join(60_000);
            }
        }
    }

    @Test
    void beginsTheWorkbookOnADaemonThreadThatEndsAndLeavesNoTemporaryFilesOnceClosed() throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        try {
            ReportXlsx workbook = ReportXlsx.begin(ReportOptions.DEFAULT).get(60, TimeUnit.SECONDS);
            Thread warmUp = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("report-warm-up")).findFirst().orElse(null);
            if (warmUp != null) {
                assertThat(warmUp.isDaemon()).isTrue();
                warmUp.join(60_000);
                assertThat(warmUp.isAlive()).isFalse();
            }
            assertThat(count(dir)).as("the begun workbook's two sheets are in temporary files").isEqualTo(2);
            workbook.close();
            assertThat(count(dir)).as("closing removes them").isZero();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
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
