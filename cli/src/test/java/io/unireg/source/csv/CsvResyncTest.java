package io.unireg.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.unireg.source.csv.CsvRecordSourceTest.readAll;

import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import io.unireg.source.text.CyrillicSamples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading on after broken quoting: the file is opened again and read past the lines already read, so
 * what comes after must be exactly what one parser from the start would give — the same cells, line
 * numbers and row numbers, whatever the line breaks, encoding and BOM.
 */
class CsvResyncTest {

    @TempDir
    Path dir;

    private Path write(String text, Charset charset) throws IOException {
        return write(text, charset, "people.csv");
    }

    private Path write(String text, Charset charset, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, CyrillicSamples.encode(text, charset));
        return file;
    }

    private static List<String> rows(List<SourceItem> items) {
        List<String> out = new ArrayList<>();
        for (SourceItem item : items) {
            out.add(item instanceof SourceItem.Row row
                ? row.line() + "#" + row.rowNumber() + ":" + String.join("|", row.cells())
                : item.line() + "#" + ((SourceItem.BadRow) item).rowNumber() + ":" + ((SourceItem.BadRow) item).rule());
        }
        return out;
    }

    /** Rightly quoted cells with line breaks before and after, CR LF, CR and LF line ends, blank lines, and two stray quotes. */
    @Test
    void linesAndRowsAfterTwoStrayQuotesAreTheFilesWhateverTheLineBreaks() throws Exception {
        String text = "N;ІМ'Я;АДРЕСА\r\n"
            + "1;Олена;\"вул. Сумська,\r\nбуд. 10\"\r\n"     // lines 2-3
            + "2;\"Ігор;x\r"                                   // line 4: a stray quote, closed on line 6
            + "3;Петро;проспект Науки\n"                       // line 5
            + "4;Ганна;\"Полтава\r\n\r\nкв. 5\"\r\n"           // lines 6-8
            + "\r\n"                                           // line 9, blank
            + "5;Ірина;\"ТОВ \"Ромашка\"\"\n"                  // line 10: text after a closing quote
            + "6;Марія;\"Київ,\nХрещатик\"\r\n";               // lines 11-12
        Path file = write(text, StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("p", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(rows(items)).containsExactly(
                "2#1:1|Олена|вул. Сумська,\r\nбуд. 10",
                "4#2:quoting",
                "5#3:3|Петро|проспект Науки",
                "6#4:4|Ганна|Полтава\r\n\r\nкв. 5",
                "10#5:quoting",
                "11#6:6|Марія|Київ,\nХрещатик");
            assertThat(((SourceItem.BadRow) items.get(1)).message())
                .endsWith("closed on line 6: probably a stray quote on this line (read on from line 5)");
        }
    }

    /** The decoder's note of undecodable bytes is kept by character offset: after a reopen too, only the damaged cell is marked. */
    @Test
    void undecodableBytesAfterAResyncMarkTheirOwnCellOnly() throws Exception {
        byte[] head = "N;ІМ'Я;МІСТО\n1;\"Олена;Київ\n2;Ігор;Львів\n".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = "3;Петр".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "о;Харків\n4;Ганна;Суми\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + damaged.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(damaged, 0, bytes, head.length, damaged.length);
        bytes[head.length + damaged.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + damaged.length + 1, tail.length);
        Path file = dir.resolve("damaged.csv");
        Files.write(file, bytes);

        try (CsvRecordSource source = CsvRecordSource.open("d", new CsvOptions(file, "utf-8", ";", true))) {
            List<SourceItem> items = readAll(source);
            assertThat(rows(items)).containsExactly("2#1:quoting", "3#2:2|Ігор|Львів", "4#3:3|Петр\uFFFDо|Харків", "5#4:4|Ганна|Суми");
            assertThat(((SourceItem.Row) items.get(1)).undecoded()).isNull();
            assertThat(((SourceItem.Row) items.get(2)).undecoded().cells()).containsExactly(false, true, false);
            assertThat(((SourceItem.Row) items.get(3)).undecoded()).isNull();
        }
    }

    /** Opened again, the file is decoded as it was the first time: detected windows-1251, a UTF-8 BOM skipped. */
    @Test
    void aReopenedFileIsDecodedAsDetected() throws Exception {
        String text = "N;ПРІЗВИЩЕ;ІМЯ\r\n1;\"Коваленко;Олена\r\n2;Шевченко;Ірина\r\n3;Бондар;\"Ганна\"\r\n";
        for (Charset charset : List.of(CyrillicSamples.WINDOWS_1251, StandardCharsets.UTF_8)) {
            Path file = write(charset.equals(StandardCharsets.UTF_8) ? "\uFEFF" + text : text, charset);
            try (CsvRecordSource source = CsvRecordSource.open("p", CsvOptions.auto(file))) {
                assertThat(source.detected()).containsEntry("encoding", charset.name());
                assertThat(rows(readAll(source))).as(charset.name())
                    .containsExactly("2#1:quoting", "3#2:2|Шевченко|Ірина", "4#3:3|Бондар|Ганна");
            }
        }
    }

    /** Without a header the first row gives the number of columns: broken, it cannot, and the read stops as for a broken header. */
    @Test
    void aStrayQuoteInTheFirstRowOfAFileWithoutHeaderStopsTheRead() throws Exception {
        Path file = write("1;\"Коваленко;Олена\n2;Шевченко;Ірина\n3;Бондар;\"Ганна\"\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("p", new CsvOptions(file, "auto", ";", false)))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith(file + ":1: text after a closing quote");
    }

    /** The same when the stray quote is closed by another one lines later: the parser reads on, the first row swallows the next ones. */
    @Test
    void aFirstRowWithoutHeaderThatSwallowsRowsStopsTheRead() throws Exception {
        Path file = write("L1,\"a,x\nL2,b,y\nL3,c,y\nL4,d\"\nL5,e,f\nL6,g,h\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("p", new CsvOptions(file, "auto", ",", false)))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ":1: the first row, which sets the number of columns, has broken quoting: a quoted cell runs"
                + " from line 1 to line 4 and holds 4 lines with 1 or more ',' like whole records: a stray quote?"
                + " (check the quotes on lines 1 and 4)");
    }

    /** A header name that swallowed lines would hide them and shift the columns: no data row can be trusted. */
    @Test
    void aStrayQuoteInTheHeaderThatSwallowsRowsStopsTheRead() throws Exception {
        Path file = write("id,\"name,note\nL2,a,x\nL3,b\",note\nL4,c,y\nL5,d,z\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("p", new CsvOptions(file, "auto", ",", true)))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ":1: the header name 'name,note…' runs over a line break and holds the delimiter ',':"
                + " a stray quote? (the names must be on one line)");
    }

    /** A name broken over two lines in a spreadsheet export is still a name. */
    @Test
    void aHeaderNameOverTwoLinesWithoutTheDelimiterIsKept() throws Exception {
        Path file = write("id,\"Дата\nнародження\"\n1,01.02.1990\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("p", new CsvOptions(file, "auto", ",", true))) {
            assertThat(source.columns()).containsExactly("id", "Дата\nнародження");
        }
    }

    /** After the first row of a file without header, broken quoting is a bad row as anywhere else. */
    @Test
    void aStrayQuoteInALaterRowOfAFileWithoutHeader() throws Exception {
        Path file = write("0;Ткач;Іван\n1;\"Коваленко;Олена\n2;Шевченко;Ірина\n3;Бондар;\"Ганна\"\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("p", new CsvOptions(file, "auto", ";", false))) {
            assertThat(rows(readAll(source))).containsExactly("1#1:0|Ткач|Іван", "2#2:quoting", "3#3:2|Шевченко|Ірина", "4#4:3|Бондар|Ганна");
        }
    }

    /** Each broken record reads the file again up to it: a file quoted some other way stops, saying so. */
    @Test
    void stopsAfterAHundredBrokenRecords() throws Exception {
        StringBuilder text = new StringBuilder("N;ОРГАНІЗАЦІЯ\n");
        for (int i = 1; i <= CsvRecordSource.MAX_RESYNCS + 5; i++) {
            text.append(i).append(";\"ТОВ \"Ромашка-").append(i).append("\"\"\n");
        }
        Path file = write(text.toString(), StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("p", CsvOptions.auto(file))) {
            for (int i = 1; i <= CsvRecordSource.MAX_RESYNCS + 1; i++) {
                assertThat(source.next()).isInstanceOf(SourceItem.BadRow.class);
            }
            assertThatThrownBy(source::next)
                .isInstanceOf(MalformedCsvException.class)
                .hasMessage(file + ":102: more than 100 records with broken quoting: stopping here (each one reads the file"
                    + " again up to it); are its quotes RFC 4180 (a quote in a quoted cell doubled: \"\")?");
        }
    }

    /** What a file that changes between the broken record and the re-read does to the read: {@code change} gets the file. */
    private interface Change {
        void apply(Path file) throws IOException;
    }

    private void assertChangeStopsTheResync(Change change, String message) throws Exception {
        Path file = write("N;ІМЯ\n1;\"Олена\n2;Ігор\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("p", CsvOptions.auto(file))) {
            assertThat(source.next()).isInstanceOf(SourceItem.BadRow.class);
            change.apply(file);
            assertThatThrownBy(source::next)
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + message);
        }
    }

    /**
     * A quote never closed near the top of a large file: the parser would gather the rest of the file
     * into one cell until the heap ran out. Past {@link QuotedCellLimit#LIMIT} characters the record is
     * broken, and every line after it is read.
     */
    @Test
    void aQuoteNeverClosedIsStoppedAtTheLimitAndTheRowsAfterItAreRead() throws Exception {
        StringBuilder text = new StringBuilder("N;ІМЯ\n1;Ігор\n2;\"Олена\n");
        String name = "Коваленко-Шевченко-Бондаренко-Ткаченко-Кравченко-Олійник-Мельник";
        int lines = QuotedCellLimit.LIMIT / (name.length() + 2) + 10; // each line holds more than name + 2 characters
        for (int i = 3; i < 3 + lines; i++) {
            text.append(i).append(';').append(name).append('\n');
        }
        Path file = write(text.toString(), StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("p", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(2 + lines);
            assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.line()).isEqualTo(3);
                assertThat(bad.rule()).isEqualTo("quoting");
                assertThat(bad.message()).startsWith("a quoted cell runs over 4,000,000 characters (from the record starting here to line ")
                    .endsWith("): a quote never closed? (read on from line 4)");
            });
            assertThat(items.get(2)).isInstanceOfSatisfying(SourceItem.Row.class, row -> assertThat(row.cells()).containsExactly("3", name));
            assertThat(items.get(items.size() - 1)).isInstanceOfSatisfying(SourceItem.Row.class,
                row -> assertThat(row.cells()).containsExactly(String.valueOf(2 + lines), name));
        }
    }

    /** A file rewritten while it is read has other lines: reading on in it would give rows that are not there. */
    @Test
    void aFileChangedBeforeTheResyncStopsTheRead() throws Exception {
        assertChangeStopsTheResync(file -> Files.writeString(file, "3;Петро\n", StandardOpenOption.APPEND),
            ": the file changed while it was read");
    }

    /** A copy renamed into place with the old file's size and time (rsync -t, cp -p then mv) is another file all the same. */
    @Test
    void aFileReplacedBySameSizeAndTimeStopsTheRead() throws Exception {
        assertChangeStopsTheResync(file -> {
            Path copy = write("N;ІМЯ\n1;\"Олена\n2;Ігар\n", StandardCharsets.UTF_8, "copy.csv");
            Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
            assertThat(Files.size(copy)).isEqualTo(Files.size(file));
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }, ": the file changed while it was read");
    }

    @Test
    void aFileRemovedBeforeTheResyncSaysSo() throws Exception {
        assertChangeStopsTheResync(Files::delete, ": the file was removed or renamed while it was read: run again when it is in place");
    }

    /** QA round 3, D4: the stray quote no longer makes the sniffer pick the comma every address holds. */
    @Test
    void aStrayQuoteInTheFirstRecordsLeavesTheDelimiterTheFilesOwn() throws Exception {
        StringBuilder text = new StringBuilder("N;ПРІЗВИЩЕ;АДРЕСА\n");
        for (int i = 1; i <= 40; i++) {
            text.append(i).append(';').append(i == 2 ? "\"Коваль" : "Коваль").append(";вул. Сумська, ").append(i).append('\n');
        }
        Path file = write(text.toString(), Charset.forName("windows-1251"));

        try (CsvRecordSource source = CsvRecordSource.open("p", CsvOptions.auto(file))) {
            assertThat(source.detected()).containsEntry("delimiter", ";");
            List<String> rows = rows(readAll(source));
            assertThat(rows).hasSize(40).contains("3#2:quoting", "4#3:3|Коваль|вул. Сумська, 3", "41#40:40|Коваль|вул. Сумська, 40");
        }
    }
}
