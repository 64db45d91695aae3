package io.unireg.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaGuardTest {

    @TempDir
    Path dir;

    @Test
    void flagsWhatASpreadsheetWouldRun() {
        for (String risky : List.of("=1+1", "=HYPERLINK(\"http://x\",\"клік\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A2)", "\tтаб", "\rрядок", "+380 50 123 45 67", "-", "+", "-1.", "-.5", "+1e5")) {
            assertThat(FormulaGuard.risky(risky)).as(risky).isTrue();
        }
        for (String safe : List.of("", "Іваненко", "1+1", "-12", "-12.5", "+380501234567", "0012345", "a=b",
            " =1", "вул. Сумська, 12")) {
            assertThat(FormulaGuard.risky(safe)).as(safe).isFalse();
        }
        assertThat(FormulaGuard.forCsv("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.forCsv("-12.5")).isEqualTo("-12.5");
    }

    @Test
    void csvOutputsPrefixRiskyValuesUnlessTheGuardIsOff() throws Exception {
        Path on = dir.resolve("on.csv");
        Path off = dir.resolve("off.csv");
        String[] row = {"=1+1", "-5", "@x", "Коваль"};
        try (CsvSink sink = new CsvSink(on, List.of("a", "b", "c", "d"))) {
            sink.write(row);
        }
        try (CsvSink sink = new CsvSink(off, List.of("a", "b", "c", "d"), false)) {
            sink.write(row);
        }
        assertThat(Files.readString(on, StandardCharsets.UTF_8)).isEqualTo("a,b,c,d\r\n'=1+1,-5,'@x,Коваль\r\n");
        assertThat(Files.readString(off, StandardCharsets.UTF_8)).isEqualTo("a,b,c,d\r\n=1+1,-5,@x,Коваль\r\n");
        assertThat(row[0]).as("the caller's array is not changed").isEqualTo("=1+1");
    }
}
