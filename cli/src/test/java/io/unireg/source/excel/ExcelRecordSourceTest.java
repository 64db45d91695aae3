package io.unireg.source.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExcelRecordSourceTest {

    @TempDir
    Path dir;

    private static List<SourceItem> readAll(ExcelRecordSource source) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        SourceItem item;
        while ((item = source.next()) != null) {
            items.add(item);
        }
        return items;
    }

    private ExcelOptions benefitsHeader(Path file) {
        return ExcelOptions.of(file).withHeader(2, 2, 1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsATwoLevelMergedHeaderUnderATitle(boolean xls) throws Exception {
        Path file = ExcelFixtures.benefits(dir, xls);
        try (ExcelRecordSource source = ExcelRecordSource.open("b", benefitsHeader(file), xls)) {
            assertThat(source.columns()).containsExactly("№ з/п", "Отримувач / Прізвище", "Отримувач / Код",
                "Документ / Серія", "Документ / Номер", "Дата народження", "Виплачено", "Сума");
            assertThat(source.detected()).containsEntry("sheet", "Відомість")
                .containsEntry("sheet_reason", "first visible sheet")
                .containsEntry("hidden_sheets", "Довідник (hidden)")
                .containsEntry("header_rows", "2-3")
                .containsEntry("first_data_row", "5");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void cellsComeThroughAsTheUserSawThemWithIsoDates(boolean xls) throws Exception {
        Path file = ExcelFixtures.benefits(dir, xls);
        try (ExcelRecordSource source = ExcelRecordSource.open("b", benefitsHeader(file), xls)) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(3).allMatch(i -> i instanceof SourceItem.Row);
            SourceItem.Row a = (SourceItem.Row) items.get(0);
            assertThat(a.line()).isEqualTo(5);
            assertThat(a.rowNumber()).isEqualTo(1);
            assertThat(a.cells()).containsExactly("1", "Іваненко", "0012345", "МК", "123456", "1969-02-12",
                "2024-03-31T03:30:00", "1234.50");
            SourceItem.Row b = (SourceItem.Row) items.get(1);
            assertThat(b.line()).isEqualTo(6);
            assertThat(b.cells()).containsExactly("2", "Петренко", "0012345", "3330497242", "0.3", "2024-03-31",
                "TRUE", "2469");
            SourceItem.Row c = (SourceItem.Row) items.get(2);
            assertThat(c.line()).isEqualTo(8);
            assertThat(c.rowNumber()).isEqualTo(3);
            assertThat(c.cells()).containsExactly("3", "=HYPERLINK(\"x\")", "", "1234567890123460", "", "", "", "");
            assertThat(source.hiddenRows()).isEqualTo(1);
            assertThat(source.hiddenRowSamples()).containsExactly(6L);
            assertThat(source.detected()).containsEntry("hidden_rows", "1");
        }
    }

    @Test
    void picksASheetByNameOrPositionAndNamesTheChoicesWhenWrong() throws Exception {
        Path file = ExcelFixtures.benefits(dir, false);
        try (ExcelRecordSource s = ExcelRecordSource.open("b", ExcelOptions.of(file).withSheet("Довідник"), false)) {
            assertThat(s.columns()).containsExactly("код");
            assertThat(s.detected()).containsEntry("sheet_reason", "given");
        }
        try (ExcelRecordSource s = ExcelRecordSource.open("b", ExcelOptions.of(file).withSheet("2"), false)) {
            assertThat(s.sheetName()).isEqualTo("Довідник");
        }
        assertThatThrownBy(() -> ExcelRecordSource.open("b", ExcelOptions.of(file).withSheet("Відомостi"), false))
            .isInstanceOf(SourceException.class)
            .hasMessage(file + ": no sheet 'Відомостi'; the workbook has: Відомість, Довідник (hidden) (did you mean 'Відомість'?)");
    }

    @Test
    void aSingleHeaderRowUnderAMergedTitleNamesBlankColumnsByLetterAndSpansByPosition() throws Exception {
        Path file = ExcelFixtures.benefits(dir, false);
        // Header row 1 is the title merged over A1:H1: every column takes its text, told apart by position.
        try (ExcelRecordSource s = ExcelRecordSource.open("b", ExcelOptions.of(file), false)) {
            String title = "Відомість виплат допомоги за березень 2024 р.";
            assertThat(s.columns()).hasSize(8).startsWith(title, title + " (2)").endsWith(title + " (8)");
        }
        // Header row 3 alone: the sub-headers, with the vertical merges' texts from row 2 not reaching down.
        try (ExcelRecordSource s = ExcelRecordSource.open("b", ExcelOptions.of(file).withHeader(3, 1, 1), false)) {
            assertThat(s.columns()).containsExactly("A", "Прізвище", "Код", "Серія", "Номер");
            assertThat(s.detected().get("renamed_columns")).isEqualTo("A (no header text)");
            List<SourceItem> items = readAll(s);
            // Row 5 has values in F–H, right of the last named column: reported, not dropped.
            assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.line()).isEqualTo(5);
                assertThat(bad.message()).isEqualTo("cell F5 holds a value but column F has no header");
            });
        }
    }

    @Test
    void refusesAZipBombWithOneLine() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        Path good = ExcelFixtures.benefits(dir, false);
        // A real workbook whose sheet part is padded with 200 MB of spaces: ~200 KB on disk.
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb));
             java.util.zip.ZipFile source = new java.util.zip.ZipFile(good.toFile())) {
            for (ZipEntry e : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = source.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThatThrownBy(() -> {
            try (ExcelRecordSource s = ExcelRecordSource.open("b", ExcelOptions.of(bomb), false)) {
                readAll(s);
            }
        }).satisfies(e -> assertThat(e.getMessage())
            .startsWith(bomb + ": refused: a part of the workbook in xl/worksheets/sheet1.xml expands beyond")
            .doesNotContain("\n"));
    }

    @Test
    void refusesOversizeCellsAndWrongFormats() throws Exception {
        Path csv = dir.resolve("renamed.xlsx");
        Files.writeString(csv, "ПРІЗВИЩЕ;ІМЯ\nІваненко;Іван\n");
        assertThatThrownBy(() -> ExcelRecordSource.open("b", ExcelOptions.of(csv), false))
            .hasMessage(csv + ": not an XLSX file (no ZIP signature; is it a CSV or HTML file renamed .xlsx?)");
        Path xls = ExcelFixtures.benefits(dir, true);
        assertThatThrownBy(() -> ExcelRecordSource.open("b", ExcelOptions.of(xls), false))
            .hasMessageContaining("it is an old binary workbook (use type: xls)");
        Path xlsx = ExcelFixtures.benefits(dir, false);
        ExcelOptions tight = ExcelOptions.of(xlsx).withLimits(new ExcelOptions.Limits(1L << 30, 0.01, 10, 1000));
        assertThatThrownBy(() -> {
            try (ExcelRecordSource s = ExcelRecordSource.open("b", tight, false)) {
                readAll(s);
            }
        }).hasMessageContaining("longer than Excel's 32,767-character cell limit");
        assertThatThrownBy(() -> ExcelRecordSource.open("b", ExcelOptions.of(xls).withLimits(tight.limits()), true))
            .hasMessageContaining("is over the 0 MB limit for .xls files");
    }
}
