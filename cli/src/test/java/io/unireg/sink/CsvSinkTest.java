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
import java.util.concurrent.CompletableFuture;

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

    @Test
    void aRowFormattedInAdvanceInTheSinksFormatIsWrittenAsItCameAndAnyOtherIsFormattedAgain() throws IOException {
        Path file = dir.resolve("formatted.csv");
        String[] risky = {"=1+1", "вул. Сумська, 12"};
        RowFormat unguarded = new CsvSink(dir.resolve("other.csv"), List.of("a", "b"), false).format();
        try (CsvSink sink = new CsvSink(file, List.of("a", "b"))) {
            assertThat(sink.format()).isNotEqualTo(unguarded);
            sink.write(FormattedRow.of(risky, sink.format()));
            // the sink's own format: the line is written as it came, whatever it holds
            sink.write(new FormattedRow(risky, sink.format(), "as,it,came\r\n".getBytes(StandardCharsets.UTF_8)));
            // another format's line is not this sink's business: it formats the values itself
            sink.write(FormattedRow.of(risky, unguarded));
            sink.write(FormattedRow.of(risky));
            assertThat(sink.rows()).isEqualTo(4);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a,b\r\n"
                + "'=1+1,\"вул. Сумська, 12\"\r\n"
                + "as,it,came\r\n"
                + "'=1+1,\"вул. Сумська, 12\"\r\n"
                + "'=1+1,\"вул. Сумська, 12\"\r\n");
    }

    @Test
    void linesFormattedOnOtherThreadsAreTheBytesTheSinkWritesItself() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВ ЇЄ'’,\"\r\n;=+-@\t0123456789.abc😀\ud800";
        Path own = dir.resolve("own.csv");
        Path made = dir.resolve("made.csv");
        for (boolean guard : new boolean[]{true, false}) {
            StringBuilder expected = new StringBuilder("x,y,z\r\n"); // RFC 4180 by hand; the JDK's UTF-8 encoder
            try (CsvSink itself = new CsvSink(own, List.of("x", "y", "z"), guard);
                 CsvSink given = new CsvSink(made, List.of("x", "y", "z"), guard)) {
                RowFormat format = given.format();
                for (int r = 0; r < 5_000; r++) {
                    String[] row = new String[3];
                    for (int c = 0; c < 3; c++) {
                        StringBuilder sb = new StringBuilder();
                        int len = random.nextInt(300); // some lines longer than the line buffer's first size
                        for (int i = 0; i < len; i++) {
                            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                        row[c] = random.nextInt(10) == 0 ? null : sb.toString();
                    }
                    for (int c = 0; c < 3; c++) {
                        String v = row[c] == null ? "" : row[c];
                        expected.append(c > 0 ? "," : "").append(v.matches("(?s).*[,\"\r\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v);
                    }
                    expected.append("\r\n");
                    itself.write(row);
                    given.write(CompletableFuture.supplyAsync(() -> FormattedRow.of(row, format)).get());
                }
            }
            assertThat(Files.readAllBytes(made)).as("formula guard %s", guard).isEqualTo(Files.readAllBytes(own));
            if (!guard) {
                assertThat(Files.readAllBytes(own)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
