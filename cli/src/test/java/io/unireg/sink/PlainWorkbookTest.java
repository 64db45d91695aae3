package io.unireg.sink;

import io.unireg.source.SourceItem;
import io.unireg.source.excel.ExcelOptions;
import io.unireg.source.excel.ExcelRecordSource;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's workbook writer, read back by POI (as Excel would open it) and by unireg's own XLSX source. */
class PlainWorkbookTest {

    private static final Instant CREATED = Instant.parse("2026-12-04T07:10:00.123Z");

    @TempDir
    Path dir;

    @Test
    void poiReadsTheSheetsInOrderWithTheirCellsStylesWidthsAndFrozenHeader() throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (PlainWorkbook wb = new PlainWorkbook()) {
            PlainWorkbook.Sheet summary = wb.sheet("Підсумок", new double[]{44, 22}, 0);
            PlainWorkbook.Sheet rejects = wb.sheet("Відхилені", new double[]{14, 70}, 1);
            rejects.row().bold("джерело").bold("повідомлення");
            rejects.row().text("residents").number(42L).text("ok");
            summary.row().text("рядків").number(1_000_000.0);
            summary.row(); // an empty row, as between the summary's blocks
            summary.row().text("частка").number(0.25);
            rejects.row().text("  space kept  ").text("<&>\"'").text("café © ґ"); // two-byte chars below Cyrillic too
            write(wb, file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Підсумок");
            assertThat(wb.getSheetName(1)).isEqualTo("Відхилені");

            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("рядків");
            assertThat(summary.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(1_000_000.0);
            assertThat(summary.getRow(1).getPhysicalNumberOfCells()).isZero();
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.25);
            assertThat(summary.getColumnWidth(0)).isEqualTo(44 * 256);
            assertThat(summary.getPaneInformation()).isNull();

            Sheet rejects = wb.getSheetAt(1);
            assertThat(rejects.getRow(0).getCell(0).getStringCellValue()).isEqualTo("джерело");
            assertThat(wb.getFontAt(rejects.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(wb.getFontAt(rejects.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(rejects.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(42.0);
            assertThat(rejects.getRow(2).getCell(0).getStringCellValue()).isEqualTo("  space kept  ");
            assertThat(rejects.getRow(2).getCell(1).getStringCellValue()).isEqualTo("<&>\"'");
            assertThat(rejects.getRow(2).getCell(2).getStringCellValue()).isEqualTo("café © ґ");
            assertThat(rejects.getColumnWidth(1)).isEqualTo(70 * 256);
            assertThat(rejects.getPaneInformation().isFreezePane()).isTrue();
            assertThat(rejects.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(Instant.parse("2026-12-04T07:10:00Z"));
        }
    }

    /** Source files hold what XML cannot: control characters, half surrogate pairs, Excel's own escape syntax. */
    @Test
    void textXmlCannotHoldComesBackAsExcelShowsIt() throws Exception {
        String control = "a\u0001b\u001Fc\td";
        String escapeLike = "_x0041_ stays _x0041_, _x00 is short";
        String astral = "𝔘nireg ✓";
        String halfPair = "x\uD835y";
        String tooLong = "ж".repeat(PlainWorkbook.MAX_TEXT + 10);
        Path file = dir.resolve("text.xlsx");
        try (PlainWorkbook wb = new PlainWorkbook()) {
            PlainWorkbook.Sheet sheet = wb.sheet("t", new double[0], 0);
            sheet.row().text("c1").text("c2").text("c3").text("c4").text("c5").text("c6"); // the XLSX source's header
            sheet.row().text(control).text(escapeLike).text(astral).text(halfPair).text(tooLong).text(null);
            write(wb, file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(control);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(escapeLike);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(astral);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("x\uFFFDy");
            assertThat(row.getCell(4).getStringCellValue()).hasSize(PlainWorkbook.MAX_TEXT);
            assertThat(row.getCell(5).getStringCellValue()).isEmpty();
        }
        List<String[]> rows = new ArrayList<>();
        try (ExcelRecordSource sheet = ExcelRecordSource.open("t", ExcelOptions.of(file), false)) {
            for (SourceItem item = sheet.next(); item != null; item = sheet.next()) {
                rows.add(((SourceItem.Row) item).cells());
            }
        }
        assertThat(rows).singleElement().satisfies(cells -> {
            assertThat(cells[0]).isEqualTo(control);
            assertThat(cells[1]).isEqualTo(escapeLike);
            assertThat(cells[2]).isEqualTo(astral);
        });
    }

    @Test
    void theSameCellsGiveTheSameBytes() throws Exception {
        assertThat(bytes()).isEqualTo(bytes());
    }

    /** Zip entry times are local date-times: a report re-rendered on a server in another zone must not differ. */
    @Test
    void theBytesDoNotDependOnTheTimeZone() throws Exception {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            byte[] utc = bytes();
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(bytes()).isEqualTo(utc);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    /** The caller owns the stream (report.xlsx's file is moved into place after it is closed). */
    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (PlainWorkbook wb = new PlainWorkbook()) {
            wb.sheet("s", new double[0], 0).row().text("x");
            wb.write(out, CREATED);
        }
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).hasSizeGreaterThan(1_000).startsWith(0x50, 0x4B); // "PK": a zip, written in full
    }

    @Test
    void sheetNamesAreMadeOnesExcelAccepts() {
        try (PlainWorkbook wb = new PlainWorkbook()) {
            assertThat(wb.sheet("a/b:c*d?e[f]g\\h", new double[0], 0).name()).isEqualTo("a b c d e f g h");
            assertThat(wb.sheet("'quoted'", new double[0], 0).name()).isEqualTo("quoted");
            assertThat(wb.sheet("Лише в громаді й ще багато слів понад межу", new double[0], 0).name())
                    .isEqualTo("Лише в громаді й ще багато слів");
            assertThat(wb.sheet("ЛИШЕ В ГРОМАДІ Й ЩЕ БАГАТО СЛІВ", new double[0], 0).name())
                    .as("taken in another case: numbered, still 31 characters").isEqualTo("ЛИШЕ В ГРОМАДІ Й ЩЕ БАГАТО СЛ 2");
            assertThat(wb.sheet("", new double[0], 0).name()).isEqualTo("Sheet");
        }
    }

    @Test
    void aCellNeedsARowAndAWrittenSheetTakesNoMore() throws Exception {
        try (PlainWorkbook wb = new PlainWorkbook()) {
            PlainWorkbook.Sheet sheet = wb.sheet("s", new double[0], 0);
            assertThatThrownBy(() -> sheet.text("x")).isInstanceOf(IllegalStateException.class);
            sheet.row().text("x");
            wb.write(OutputStream.nullOutputStream(), CREATED);
            assertThatThrownBy(sheet::row).isInstanceOf(IllegalStateException.class).hasMessageContaining("written already");
        }
    }

    private static byte[] bytes() throws IOException {
        try (PlainWorkbook wb = new PlainWorkbook()) {
            PlainWorkbook.Sheet s = wb.sheet("s", new double[]{10}, 1);
            s.row().bold("h");
            for (int i = 0; i < 1_000; i++) {
                s.row().text("value " + i).number(i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out, CREATED);
            return out.toByteArray();
        }
    }

    private static void write(PlainWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out, CREATED);
        }
    }
}
