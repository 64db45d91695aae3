package io.unireg.source.csv;

import io.unireg.source.text.CyrillicSamples;
import io.unireg.source.text.EncodingDetector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, CyrillicSamples.encode(text, charset));
        return file;
    }

    static List<SourceItem> readAll(CsvRecordSource source) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        for (SourceItem item = source.next(); item != null; item = source.next()) {
            items.add(item);
        }
        return items;
    }

    private static SourceItem.Row row(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Row.class);
        return (SourceItem.Row) item;
    }

    @Test
    void readsWindows1251WithSemicolonsAndKeepsCyrillicHeader() throws Exception {
        Path file = write("residents.csv", "ПРІЗВИЩЕ;ІМ'Я;РНОКПП\r\nҐудзь;Євген;3012345678\r\nЇжакевич;Ірина;\r\n", CyrillicSamples.WINDOWS_1251);

        try (CsvRecordSource source = CsvRecordSource.open("residents", CsvOptions.auto(file))) {
            assertThat(source.id()).isEqualTo("residents");
            assertThat(source.columns()).containsExactly("ПРІЗВИЩЕ", "ІМ'Я", "РНОКПП");
            assertThat(source.detected()).containsEntry("encoding", "windows-1251")
                .containsEntry("delimiter", ";").containsEntry("bom", "false");
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(2);
            assertThat(row(items.get(0)).cells()).containsExactly("Ґудзь", "Євген", "3012345678");
            assertThat(row(items.get(1)).cells()).containsExactly("Їжакевич", "Ірина", "");
            assertThat(items.get(1).line()).isEqualTo(3);
            assertThat(row(items.get(1)).rowNumber()).isEqualTo(2);
        }
    }

    @Test
    void readsCp866WithTabs() throws Exception {
        Path file = write("dos.txt", "ФАМИЛИЯ\tИМЯ\nЩербаков\tПётр\n", CyrillicSamples.CP866);

        try (CsvRecordSource source = CsvRecordSource.open("dos", CsvOptions.auto(file))) {
            assertThat(source.detected()).containsEntry("encoding", "IBM866").containsEntry("delimiter", "tab");
            assertThat(row(source.next()).cells()).containsExactly("Щербаков", "Пётр");
        }
    }

    @Test
    void readsCp1125AndKoi8uByDetectionAndByName() throws Exception {
        String text = "ПРІЗВИЩЕ;ІМ'Я;МІСТО\r\nҐудзь;Євген;Київ\r\nЇжакевич;Ірина;Харків\r\n";
        for (Charset charset : List.of(CyrillicSamples.CP1125, CyrillicSamples.KOI8_U)) {
            Path file = write("ua-" + charset.name() + ".csv", text, charset);
            for (String encoding : List.of("auto", charset.name().toLowerCase(java.util.Locale.ROOT))) {
                try (CsvRecordSource source = CsvRecordSource.open("ua", new CsvOptions(file, encoding, "auto", true))) {
                    assertThat(source.detected()).as(encoding).containsEntry("encoding", charset.name());
                    assertThat(source.columns()).containsExactly("ПРІЗВИЩЕ", "ІМ'Я", "МІСТО");
                    assertThat(row(source.next()).cells()).containsExactly("Ґудзь", "Євген", "Київ");
                    assertThat(row(source.next()).cells()).containsExactly("Їжакевич", "Ірина", "Харків");
                }
            }
        }
    }

    @Test
    void unknownEncodingSuggestsANearName() throws Exception {
        Path file = write("x.csv", "a;b\n1;2\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("x", new CsvOptions(file, "cp1152", "auto", true)))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("unknown encoding 'cp1152'")
            .hasMessageContaining("cp1125");
    }

    @Test
    void stripsUtf8BomFromTheFirstHeaderName() throws Exception {
        Path file = write("bom.csv", "\uFEFFПРІЗВИЩЕ,ІМ'Я\nҐудзь,Євген\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("bom", CsvOptions.auto(file))) {
            assertThat(source.columns()).containsExactly("ПРІЗВИЩЕ", "ІМ'Я");
            assertThat(source.detected()).containsEntry("encoding", "UTF-8").containsEntry("bom", "true");
        }
        try (CsvRecordSource source = CsvRecordSource.open("bom", new CsvOptions(file, "utf-8", ",", true))) {
            assertThat(source.columns().get(0)).isEqualTo("ПРІЗВИЩЕ");
        }
    }

    @Test
    void explicitEncodingAndDelimiterWinOverDetection() throws Exception {
        Path file = write("x.csv", "ПРІЗВИЩЕ;ІМ'Я\nҐудзь;Євген\n", CyrillicSamples.WINDOWS_1251);

        try (CsvRecordSource source = CsvRecordSource.open("x", new CsvOptions(file, "cp866", ",", true))) {
            assertThat(source.detected()).containsEntry("encoding", "IBM866").containsEntry("delimiter", ",")
                .containsEntry("encoding_reason", "given");
            assertThat(source.columns()).hasSize(1);
            assertThat(source.columns().get(0)).isEqualTo(new String(
                CyrillicSamples.encode("ПРІЗВИЩЕ;ІМ'Я", CyrillicSamples.WINDOWS_1251), CyrillicSamples.CP866));
        }
    }

    @Test
    void acceptsTabSpelledAsAWord() throws Exception {
        Path file = write("t.tsv", "a\tb\n1\t2\n", StandardCharsets.UTF_8);

        for (String spelling : List.of("tab", "\\t", "\t")) {
            try (CsvRecordSource source = CsvRecordSource.open("t", new CsvOptions(file, "auto", spelling, true))) {
                assertThat(source.columns()).containsExactly("a", "b");
            }
        }
    }

    @Test
    void rejectsUnknownEncodingNamingTheFile() throws Exception {
        Path file = write("residents.csv", "a;b\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("r", new CsvOptions(file, "klingon-8", "auto", true)))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ": unknown encoding 'klingon-8'");
    }

    @Test
    void keepsStartLineOfMultiLineQuotedFields() throws Exception {
        String text = """
            id,note,city
            1,"first line
            second line, with comma
            third ""quoted"" line",Харків
            2,plain,Київ
            3,"a
            b",Львів
            """;
        Path file = write("multi.csv", text, StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("m", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).extracting(SourceItem::line).containsExactly(2L, 5L, 6L);
            assertThat(row(items.get(0)).cells()[1]).isEqualTo("first line\nsecond line, with comma\nthird \"quoted\" line");
            assertThat(row(items.get(2)).cells()).containsExactly("3", "a\nb", "Львів");
        }
    }

    @Test
    void skipsBlankLinesAndKeepsPhysicalLineNumbers() throws Exception {
        Path file = write("blank.csv", "\na;b\n\n1;2\n   \n\r\n3;4\n\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("b", CsvOptions.auto(file))) {
            assertThat(source.columns()).containsExactly("a", "b");
            List<SourceItem> items = readAll(source);
            assertThat(items).extracting(SourceItem::line).containsExactly(4L, 7L);
            assertThat(items).extracting(i -> row(i).rowNumber()).containsExactly(1L, 2L);
        }
    }

    @Test
    void reportsWrongCellCountAsBadRowAndReadsOn() throws Exception {
        Path file = write("bad.csv", "a;b;c\n1;2;3\n4;5\n6;7;8;9\n10;11;12\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("b", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(4);
            assertThat(items.get(1)).isEqualTo(new SourceItem.BadRow(3, 2, "columns", "expected 3 cells, found 2"));
            assertThat(items.get(2)).isEqualTo(new SourceItem.BadRow(4, 3, "columns", "expected 3 cells, found 4"));
            assertThat(row(items.get(3)).cells()).containsExactly("10", "11", "12");
        }
    }

    @Test
    void toleratesATrailingDelimiter() throws Exception {
        Path file = write("trail.csv", "a;b;\n1;2;\n3;4\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("t", CsvOptions.auto(file))) {
            assertThat(source.columns()).containsExactly("a", "b");
            assertThat(readAll(source)).allSatisfy(item -> assertThat(row(item).cells()).hasSize(2));
        }
    }

    @Test
    void rejectsDuplicateHeaderNameWithBothColumns() throws Exception {
        Path file = write("residents.csv", "ІМЯ;ПРІЗВИЩЕ;ІМЯ \n1;2;3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("r", CsvOptions.auto(file)))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ":1: duplicate column name 'ІМЯ' (columns 1 and 3)");
    }

    /** Named wrong, the encoding garbles every Cyrillic name alike: say so, not "duplicate column name '���'". */
    @Test
    void aHeaderTheGivenEncodingCannotDecodeSaysSo() throws Exception {
        Path file = write("cp1251.csv", "НОМЕР;ПРІЗВИЩЕ;ІМЯ\r\n1;Коваленко;Олена\r\n", Charset.forName("windows-1251"));
        assertThatThrownBy(() -> CsvRecordSource.open("x", new CsvOptions(file, "utf-8", ";", true)))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ":1: the header holds bytes that are not valid UTF-8 (read as U+FFFD): set the source's encoding: to the file's");
    }

    @Test
    void rejectsEmptyHeaderName() throws Exception {
        Path file = write("residents.csv", "\n\nА;  ;В\n1;2;3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRecordSource.open("r", CsvOptions.auto(file)))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ":3: empty column name (column 2)");
    }

    /** The quote never closes: that line is refused, and every line after it read after all. */
    @Test
    void rejectsTheLineOfAnUnterminatedQuoteAndReadsOn() throws Exception {
        Path file = write("q.csv", "a,b\n1,2\n3,\"never closed\n4,5\n\n6,7\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("q", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(4);
            assertThat(row(items.get(0)).cells()).containsExactly("1", "2");
            assertThat(items.get(1)).isEqualTo(new SourceItem.BadRow(3, 2, "quoting", "unterminated quoted field: a quote"
                + " opened in the record starting here is never closed (read on from line 4)"));
            assertThat(items.get(2)).usingRecursiveComparison().isEqualTo(new SourceItem.Row(4, 3, new String[] {"4", "5"}, null));
            assertThat(row(items.get(3)).cells()).containsExactly("6", "7");
            assertThat(items.get(3).line()).isEqualTo(6);
            assertThat(row(items.get(3)).rowNumber()).isEqualTo(4);
        }
    }

    @Test
    void rejectsTheLineOfTextAfterAClosingQuoteAndReadsOn() throws Exception {
        Path file = write("q.csv", "a;b\n1;\"ТОВ \"Ромашка\"\"\n2;\"ТОВ \"\"Ромашка\"\"\"\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("q", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(2);
            assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.line()).isEqualTo(2);
                assertThat(bad.rule()).isEqualTo("quoting");
                assertThat(bad.message()).startsWith("text after a closing quote").endsWith("(read on from line 3)");
            });
            assertThat(row(items.get(1)).cells()).containsExactly("2", "ТОВ \"Ромашка\"");
        }
    }

    /**
     * The common shape in exports, whose addresses are quoted: a stray quote closed by the opening quote
     * of a rightly quoted cell lines later. Its line is refused naming both; the rows between, and the
     * one with the quoted cell, are read.
     */
    @Test
    void aStrayQuoteClosedByALaterQuotedCellLosesOnlyItsOwnLine() throws Exception {
        Path file = write("s.csv", "a;b;c\n1;\"Коваленко;x\n2;Шевченко;y\n3;Бондар;\"вул. Сумська; 10\"\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("s", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(3);
            assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.line()).isEqualTo(2);
                assertThat(bad.message()).startsWith("text after a closing quote").endsWith("; the quote opened on this line is"
                    + " closed on line 4: probably a stray quote on this line (read on from line 3)");
            });
            assertThat(items.get(1)).usingRecursiveComparison().isEqualTo(new SourceItem.Row(3, 2, new String[] {"2", "Шевченко", "y"}, null));
            assertThat(items.get(2)).usingRecursiveComparison().isEqualTo(new SourceItem.Row(4, 3, new String[] {"3", "Бондар", "вул. Сумська; 10"}, null));
        }
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        Path file = write("u16.csv", "\uFEFFПРІЗВИЩЕ;ІМ'Я\nҐудзь;Євген\n", StandardCharsets.UTF_16LE);

        try (CsvRecordSource source = CsvRecordSource.open("u", CsvOptions.auto(file))) {
            assertThat(source.detected()).containsEntry("encoding", "UTF-16LE").containsEntry("bom", "true");
            assertThat(source.columns()).containsExactly("ПРІЗВИЩЕ", "ІМ'Я");
            assertThat(row(source.next()).cells()).containsExactly("Ґудзь", "Євген");
        }
    }

    @Test
    void namesColumnsByPositionWithoutHeader() throws Exception {
        Path file = write("nohead.csv", "Ґудзь;Євген\nІваненко;Ірина\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("n", new CsvOptions(file, "auto", "auto", false))) {
            assertThat(source.columns()).containsExactly("column1", "column2");
            List<SourceItem> items = readAll(source);
            assertThat(items).extracting(SourceItem::line).containsExactly(1L, 2L);
            assertThat(row(items.get(0)).cells()).containsExactly("Ґудзь", "Євген");
        }
    }

    @Test
    void readsAnEmptyFileAsNoColumnsAndNoRows() throws Exception {
        Path file = write("empty.csv", "", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("e", CsvOptions.auto(file))) {
            assertThat(source.columns()).isEmpty();
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void readsAFileLargerThanTheSampleCompletely() throws Exception {
        StringBuilder text = new StringBuilder("N;ПРІЗВИЩЕ;ПРИМІТКА\r\n");
        int rows = 5_000;
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(";Їжакевич-").append(i).append(";\"рядок; з крапкою з комою\"\r\n");
        }
        Path file = write("big.csv", text.toString(), CyrillicSamples.WINDOWS_1251);
        assertThat(Files.size(file)).isGreaterThan(EncodingDetector.SAMPLE_BYTES);

        try (CsvRecordSource source = CsvRecordSource.open("big", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(rows);
            SourceItem.Row last = row(items.get(rows - 1));
            assertThat(last.cells()).containsExactly(String.valueOf(rows), "Їжакевич-" + rows, "рядок; з крапкою з комою");
            assertThat(last.line()).isEqualTo(rows + 1);
        }
    }

    /** A file of {@code rows} records of five columns; row {@code i}'s last cell is {@code "note " + i}. */
    private static List<String> fiveColumnRows(int rows) {
        List<String> lines = new ArrayList<>();
        lines.add("N;ПРІЗВИЩЕ;ІМЯ;ДАТА;ПРИМІТКА");
        for (int i = 1; i <= rows; i++) {
            lines.add(i + ";Їжакевич-" + i + ";Ірина;01.02.1980;note " + i);
        }
        return lines;
    }

    @Test
    void rejectsAStrayQuoteThatSwallowsRowsNamingBothLines() throws Exception {
        List<String> lines = fiveColumnRows(200);
        // Row 101 (line 102) opens a quote in its last cell; row 151 (line 152) has a stray one at its end.
        lines.set(101, lines.get(101).replace(";note 101", ";\"note 101"));
        lines.set(151, lines.get(151) + "\"");
        Path file = write("stray.csv", String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("s", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(200);
            assertThat(items.get(100)).isEqualTo(new SourceItem.BadRow(102, 101, "quoting",
                "a quoted cell runs from line 102 to line 152 and holds 50 lines with 4 or more ';' like whole records:"
                    + " a stray quote? (check the quotes on lines 102 and 152) (read on from line 103)"));
            // The rows it ran over are read after all, with their own lines; the closing stray quote is the file's text.
            for (int i = 101; i < 200; i++) {
                assertThat(items.get(i).line()).isEqualTo(i + 2);
                assertThat(row(items.get(i)).rowNumber()).isEqualTo(i + 1);
                assertThat(row(items.get(i)).cells()[0]).isEqualTo(String.valueOf(i + 1));
            }
            assertThat(row(items.get(150)).cells()).containsExactly("151", "Їжакевич-151", "Ірина", "01.02.1980", "note 151\"");
        }
    }

    @Test
    void rejectsAStrayQuoteInAMiddleCellAsQuotingNotAsACellCount() throws Exception {
        List<String> lines = fiveColumnRows(20);
        lines.set(5, lines.get(5).replace(";Ірина;", ";\"Ірина;"));
        lines.set(9, lines.get(9).replace(";Ірина;", ";Ірина\";"));
        Path file = write("stray.csv", String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("s", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items.get(4)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.rule()).isEqualTo("quoting");
                assertThat(bad.line()).isEqualTo(6);
                assertThat(bad.message()).startsWith("a quoted cell runs from line 6 to line 10 and holds 3 lines");
            });
        }
    }

    @Test
    void keepsQuotedCellsWithLineBreaksAndAFewDelimiters() throws Exception {
        List<String> lines = fiveColumnRows(30);
        // An address broken over lines, parts separated by the delimiter; one line even has a record's worth.
        lines.set(3, "3;Ґудзь;Євген;01.02.1980;\"м. Харків; вул. Сумська;\nбуд. 17; кв. 4\"");
        lines.set(7, "7;Ґудзь;Євген;01.02.1980;\"a;b;c;d;e\nі далі\r\nкінець\"");
        Path file = write("notes.csv", String.join("\r\n", lines) + "\r\n", CyrillicSamples.WINDOWS_1251);

        try (CsvRecordSource source = CsvRecordSource.open("n", CsvOptions.auto(file))) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(30).allSatisfy(item -> assertThat(item).isInstanceOf(SourceItem.Row.class));
            assertThat(row(items.get(2)).cells()[4]).isEqualTo("м. Харків; вул. Сумська;\nбуд. 17; кв. 4");
            assertThat(row(items.get(6)).cells()[4]).isEqualTo("a;b;c;d;e\nі далі\r\nкінець");
            assertThat(items.get(7).line()).as("two lines of row 3, three of row 7").isEqualTo(12);
        }
    }

    @Test
    void marksCellsOfAWindows1251FileWhoseSampleIsAsciiAsUndecoded() throws Exception {
        StringBuilder text = new StringBuilder("N;SURNAME;NOTE\r\n");
        int ascii = 0;
        while (text.length() < EncodingDetector.SAMPLE_BYTES + 1000) {
            ascii++;
            text.append(ascii).append(";Ivanenko;plain ascii note\r\n");
        }
        text.append("9001;Їжакевич;note\r\n9002;Ivanenko;примітка\r\n9003;Ivanenko;note\r\n");
        Path file = write("late.csv", text.toString(), CyrillicSamples.WINDOWS_1251);

        try (CsvRecordSource source = CsvRecordSource.open("l", CsvOptions.auto(file))) {
            assertThat(source.detected()).containsEntry("encoding", "UTF-8").containsEntry("encoding_reason", "ASCII only");
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(ascii + 3);
            assertThat(items.subList(0, ascii)).allSatisfy(item -> assertThat(row(item).undecoded()).isNull());
            SourceItem.Row surname = row(items.get(ascii));
            assertThat(surname.cells()[1]).contains("\uFFFD");
            assertThat(surname.undecoded()).isNotNull();
            assertThat(surname.undecoded().encoding()).isEqualTo("UTF-8");
            assertThat(surname.undecoded().cells()).containsExactly(false, true, false);
            assertThat(row(items.get(ascii + 1)).undecoded().cells()).containsExactly(false, false, true);
            assertThat(row(items.get(ascii + 2)).undecoded()).isNull();
        }
    }

    @Test
    void readsUtf8WithOneStrayByteAsUtf8AndMarksOnlyThatCell() throws Exception {
        StringBuilder text = new StringBuilder("N;ПРІЗВИЩЕ;ІМЯ\n");
        for (int i = 1; i <= 2000; i++) {
            text.append(i).append(";Король-").append(i).append(";Олена\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[bytes.length + 1];
        int at = indexOf(bytes, ";Король-10;".getBytes(StandardCharsets.UTF_8)) + 3; // inside the К
        System.arraycopy(bytes, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(bytes, at, damaged, at + 1, bytes.length - at);
        Path file = dir.resolve("stray-byte.csv");
        Files.write(file, damaged);

        try (CsvRecordSource source = CsvRecordSource.open("s", CsvOptions.auto(file))) {
            assertThat(source.detected()).containsEntry("encoding", "UTF-8");
            assertThat(source.detected().get("encoding_reason")).startsWith("mostly valid UTF-8 with Cyrillic: 1 malformed sequence");
            List<SourceItem> items = readAll(source);
            assertThat(row(items.get(0)).cells()).containsExactly("1", "Король-1", "Олена");
            assertThat(items).filteredOn(item -> row(item).undecoded() != null).singleElement().satisfies(item -> {
                assertThat(row(item).rowNumber()).isEqualTo(10);
                assertThat(row(item).undecoded().cells()).containsExactly(false, true, false);
            });
        }
    }

    @Test
    void aReplacementCharacterTheFileHoldsIsNotUndecoded() throws Exception {
        Path file = write("held.csv", "N;ПРІЗВИЩЕ\n1;Ковал\uFFFDнко\n2;Олена\n", StandardCharsets.UTF_8);

        try (CsvRecordSource source = CsvRecordSource.open("h", CsvOptions.auto(file))) {
            SourceItem.Row first = row(source.next());
            assertThat(first.cells()[1]).isEqualTo("Ковал\uFFFDнко");
            assertThat(first.undecoded()).isNull();
        }
    }

    @Test
    void marksTheByteWindows1251CannotDecode() throws Exception {
        byte[] bytes = CyrillicSamples.encode("N;ПРІЗВИЩЕ;ІМЯ\r\n1;Ґудзь;Євген\r\n2;Їжакевич;X\r\n", CyrillicSamples.WINDOWS_1251);
        bytes[bytes.length - 3] = (byte) 0x98; // unmapped in windows-1251
        Path file = dir.resolve("cp1251.csv");
        Files.write(file, bytes);

        try (CsvRecordSource source = CsvRecordSource.open("w", new CsvOptions(file, "windows-1251", "auto", true))) {
            assertThat(row(source.next()).undecoded()).isNull();
            SourceItem.Row second = row(source.next());
            assertThat(second.undecoded().encoding()).isEqualTo("windows-1251");
            assertThat(second.undecoded().cells()).containsExactly(false, false, true);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
