package io.unireg.sink;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSinkTest {

    @TempDir
    Path dir;

    @Test
    void writesRfc4180QuotingOnlyWhereNeeded() throws IOException {
        Path file = dir.resolve("out.csv");
        try (CsvSink sink = new CsvSink(file, List.of("a", "b", "c"))) {
            sink.write(new String[]{"Коваленко", null, ""});
            sink.write(new String[]{"вул. Сумська, 12", "ТОВ \"Ромашка\"", "два\nрядки"});
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "a,b,c\r\nКоваленко,,\r\n\"вул. Сумська, 12\",\"ТОВ \"\"Ромашка\"\"\",\"два\nрядки\"\r\n");
    }

    @Test
    void roundTripsRandomTextThroughCommonsCsvAndHashesWhatItWrote() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        String alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВ ЇЄ'’,\"\r\n;abc123😀";
        List<String[]> rows = new ArrayList<>();
        Path file = dir.resolve("random.csv");
        CsvSink sink = new CsvSink(file, List.of("x", "y"), false); // exact round trip: no formula guard
        for (int r = 0; r < 5_000; r++) {
            String[] row = new String[2];
            for (int c = 0; c < 2; c++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(40);
                for (int i = 0; i < len; i++) {
                    int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                    sb.appendCodePoint(cp);
                }
                row[c] = sb.toString();
            }
            rows.add(row);
            sink.write(row);
        }
        sink.close();
        assertThat(sink.rows()).isEqualTo(5_000);
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> read = parser.getRecords();
            assertThat(read).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(read.get(i).values()).as("row %d", i).containsExactly(rows.get(i));
            }
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(sink.sha256()).isEqualTo(expected);
    }

    @Test
    void ndjsonWritesOneObjectPerLineWithStableKeys() throws IOException {
        Path file = dir.resolve("out.ndjson");
        try (NdjsonSink sink = new NdjsonSink(file, List.of("surname", "rnokpp"))) {
            sink.write(new String[]{"Ковальчук \"Мол.\"", null});
            sink.write(new String[]{"Бондар", "3068208400"});
        }
        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"surname\":\"Ковальчук \\\"Мол.\\\"\",\"rnokpp\":null}",
                "{\"surname\":\"Бондар\",\"rnokpp\":\"3068208400\"}");
    }
}
