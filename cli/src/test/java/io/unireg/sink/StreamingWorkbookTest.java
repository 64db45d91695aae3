package io.unireg.sink;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingWorkbookTest {

    @TempDir
    Path dir;

    /** Text that exercises the escaping and the encoding: markup, controls, Cyrillic, pairs, lone halves. */
    private static final String[] SAMPLES = {
        "Шевченко Тарас Григорович", "a < b & c > d \"q\" 'a'", " leading and trailing ", "tab\there\nline\r\n",
        "control \u0001\u0007\u001f end", "emoji 😀 and 𝄞 (pairs)", "lone \uD800 high", "lone \uDC00 low",
        "_x0041_ literal", "ІЇЄҐ іїєґ ʼ’", "", "nbsp\u00a0here", "\ufffe\uffff\ufffd end", "\u0000\u001f\u0020\u007f",
        "&amp; already", "<<>>&&\"\"", "\uD83D\uDE00\uD83D", "\uDE00\uD83D\uDE00",
    };

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writesTheSameWorkbookAsPoisOwnWriter(boolean compressTempFiles) throws Exception {
        Path ours = dir.resolve("ours-" + compressTempFiles + ".xlsx");
        Path poi = dir.resolve("poi-" + compressTempFiles + ".xlsx");
        try (SXSSFWorkbook workbook = new StreamingWorkbook(50, compressTempFiles)) {
            fill(workbook);
            write(workbook, ours);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 50, compressTempFiles)) {
            fill(workbook);
            write(workbook, poi);
        }
        Map<String, byte[]> expected = entries(poi);
        Map<String, byte[]> actual = entries(ours);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> {
            int at = Arrays.mismatch(actual.get(name), bytes);
            assertThat(at).as("%s differs from byte %d: %s", name, at, around(bytes, at)).isEqualTo(-1);
        });
        // More than FastWriter's 32K-char buffer went through the sheet, so buffer edges were crossed.
        assertThat(expected.get("xl/worksheets/sheet1.xml").length).isGreaterThan(200_000);
    }

    /** 2,000 rows of sample text, random lengths, a number column; two sheets. */
    private static void fill(SXSSFWorkbook workbook) {
        Random random = new Random(11);
        for (String name : new String[]{"перший", "second"}) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < 2_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    StringBuilder text = new StringBuilder();
                    for (int k = random.nextInt(4); k >= 0; k--) {
                        text.append(SAMPLES[random.nextInt(SAMPLES.length)]);
                    }
                    row.createCell(c).setCellValue(text.toString());
                }
                row.createCell(4).setCellValue(r * 1.5);
            }
        }
    }

    private static void write(SXSSFWorkbook workbook, Path file) throws Exception {
        // The creation date is the clock's: pin it so the two files can be compared.
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated("2026-01-01T00:00:00Z");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        return at < 0 ? "" : "POI wrote …" + new String(bytes, from, Math.min(bytes.length, at + 40) - from, StandardCharsets.UTF_8) + "…";
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
