package io.unireg.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run counts links.csv and rejects.csv as it writes them and fills report.xlsx's rejects sheet at
 * the same time; what comes out must be what {@code unireg report} makes from the finished files.
 */
class RunTalliesTest {

    @TempDir
    Path dir;

    @Test
    void theRejectsSheetFilledWhileTheRunWritesIsTheOneTheReportCommandFillsFromTheFile() throws Exception {
        Path run = dir.resolve("run");
        GeneratedRun.write(run, 7);
        // Past the sheet's cap, so both ways must end the sheet with the same note.
        List<String[]> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("source,key,line,field,rule,message\r\n");
        for (int i = 0; i < ReportXlsx.MAX_ROWS + 5; i++) {
            String[] row = {"residents", "K" + (3_000_000 + i), Integer.toString(i + 2), i % 3 == 0 ? "rnokpp" : "birth_date",
                    i % 3 == 0 ? "rnokpp" : "date", i % 3 == 0 ? "check digit of '3070594861' is wrong" : "no such day: 31.02.1984"};
            rows.add(row);
            csv.append(String.join(",", row)).append("\r\n");
        }
        Files.writeString(run.resolve(ReportReader.REJECTS), csv);
        ReportModel model = ReportReader.read(run, ReportOptions.DEFAULT);

        Path fromFile = dir.resolve("from-file");
        Reports.write(model, run, fromFile, ReportOptions.DEFAULT);

        RunTallies tallies = new RunTallies(ReportOptions.DEFAULT, new ReportXlsx(ReportOptions.DEFAULT));
        for (String[] row : rows) {
            tallies.reject(row);
        }
        Path live = dir.resolve("live");
        Reports.write(model, run, live, ReportOptions.DEFAULT, tallies.workbook());

        Map<String, byte[]> expected = entries(fromFile.resolve(Reports.XLSX));
        Map<String, byte[]> actual = entries(live.resolve(Reports.XLSX));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(expected.get("xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .as("header, the capped rows (keys masked), then the note naming the file")
                .contains("<row r=\"100001\">").contains("K3***00").contains("<row r=\"100002\">")
                .doesNotContain("<row r=\"100003\">").contains(ReportReader.REJECTS);
    }

    @Test
    void aRunThatEndsWithoutReportsHandsNoWorkbookOver() {
        RunTallies tallies = new RunTallies(ReportOptions.DEFAULT, new ReportXlsx(ReportOptions.DEFAULT));
        tallies.reject(new String[]{"residents", "1", "2", "rnokpp", "rnokpp", "wrong"});
        tallies.discard();
        assertThat(tallies.workbook()).isNull();
        tallies.reject(new String[]{"residents", "2", "3", "rnokpp", "rnokpp", "wrong"}); // counted, not written anywhere
        assertThat(tallies.rejects().rows).isEqualTo(2);
    }

    @Test
    void withoutAWorkbookTheReportFillsItsOwnFromTheFile() {
        RunTallies tallies = new RunTallies(ReportOptions.DEFAULT);
        tallies.reject(new String[]{"residents", "1", "2", "rnokpp", "rnokpp", "wrong"});
        assertThat(tallies.workbook()).isNull();
        assertThat(tallies.rejects().rows).isEqualTo(1);
    }

    @Test
    void linksAreCountedPerSourceAsTheyComeInRuns() {
        RunTallies tallies = new RunTallies(ReportOptions.DEFAULT);
        for (String source : List.of("a", "a", "b", "a", "b", "b", "c")) {
            tallies.link(new String[]{source, "k", "u0000000000000001", "1.0"});
        }
        assertThat(tallies.links().rowsOf("a")).isEqualTo(3);
        assertThat(tallies.links().rowsOf("b")).isEqualTo(3);
        assertThat(tallies.links().rowsOf("c")).isEqualTo(1);
        assertThat(tallies.links().rowsOf("d")).isZero();
        assertThat(tallies.links().rows).isEqualTo(7);
    }

    private static Map<String, byte[]> entries(Path xlsx) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
