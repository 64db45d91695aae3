package io.unireg.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.unireg.schema.FieldType;
import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;
import io.unireg.source.SourceItem;
import io.unireg.source.excel.ExcelOptions;
import io.unireg.source.excel.ExcelRecordSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSinkTest {

    @TempDir
    Path dir;

    private static final TableSchema SCHEMA = new TableSchema("t", null, null, List.of(
        field("surname", FieldType.STRING), field("rnokpp", FieldType.STRING), field("birth_date", FieldType.DATE),
        field("seen_at", FieldType.DATETIME), field("children", FieldType.INTEGER), field("amount", FieldType.NUMBER),
        field("note", FieldType.STRING)), List.of(), List.of(""));

    private static SchemaField field(String name, FieldType type) {
        return new SchemaField(name, null, null, type, null, null, null, List.of());
    }

    private static final List<String> COLUMNS = List.of("surname", "rnokpp", "birth_date", "seen_at", "children",
        "amount", "note", "sources");

    private static final String[][] ROWS = {
        {"Іваненко", "0123456789", "1926-05-19", "2024-03-31T03:30:00", "2", "1234.5", "=HYPERLINK(\"http://x\")", "r:1"},
        {"Петренко", "3330497242", "2024-03-31", null, "12345678901234567890", "-0.25", "-звичайний текст", "r:2"},
        {"Коваль", "", "не дата", "", "", "", "@SUM(A1)", "r:3"},
    };

    private Path write(String name, int sheetRows) throws Exception {
        Path file = dir.resolve(name);
        try (XlsxSink sink = new XlsxSink(file, COLUMNS, SCHEMA, "records", "dd.mm.yyyy", true, sheetRows)) {
            for (String[] row : ROWS) {
                sink.write(row);
            }
            assertThat(sink.rows()).isEqualTo(3);
        }
        return file;
    }

    @Test
    void readsBackWithTheXlsxSourceExactly() throws Exception {
        Path file = write("out.xlsx", XlsxSink.SHEET_ROWS);
        List<String[]> back = new ArrayList<>();
        try (ExcelRecordSource source = ExcelRecordSource.open("x", ExcelOptions.of(file), false)) {
            assertThat(source.columns()).isEqualTo(COLUMNS);
            SourceItem item;
            while ((item = source.next()) != null) {
                back.add(((SourceItem.Row) item).cells());
            }
        }
        assertThat(back).hasSize(3);
        for (int r = 0; r < ROWS.length; r++) {
            String[] expected = ROWS[r].clone();
            for (int c = 0; c < expected.length; c++) {
                expected[c] = expected[c] == null ? "" : expected[c];
            }
            assertThat(back.get(r)).as("row %d", r + 1).containsExactly(expected);
        }
    }

    @Test
    void typesCellsByTheSchemaAndGuardsFormulas() throws Exception {
        Path file = write("out.xlsx", XlsxSink.SHEET_ROWS);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = wb.getSheet("records");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
            Cell birth = sheet.getRow(1).getCell(2);
            assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
            Cell id = sheet.getRow(1).getCell(1);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(4).getCellType()).as("past 15 digits").isEqualTo(CellType.STRING);
            Cell formula = sheet.getRow(1).getCell(6);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 8).isLessThanOrEqualTo(256 * 60);
        }
    }

    @Test
    void continuesOnANewSheetWhenOneIsFull() throws Exception {
        Path file = write("split.xlsx", 3); // header + 2 rows per sheet
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(1)).isEqualTo("records (2)");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("surname");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Коваль");
        }
    }
}
