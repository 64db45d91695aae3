package io.unireg.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up workbook runs beside every run: it must finish on its own and leave nothing behind. */
class ReportXlsxWarmUpTest {

    @Test
    void warmsUpOnADaemonThreadAndLeavesNoTemporaryFiles() throws Exception {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = count(poiFiles);
        ReportXlsx.warmUp();
        Thread warmUp = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("report-warm-up")).findFirst().orElse(null);
        if (warmUp != null) { // null: already done
            assertThat(warmUp.isDaemon()).as("never keeps the JVM alive").isTrue();
            warmUp.join(60_000);
            assertThat(warmUp.isAlive()).isFalse();
        }
        assertThat(count(poiFiles)).as("SXSSF's temporary sheet files are removed").isEqualTo(before);
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
