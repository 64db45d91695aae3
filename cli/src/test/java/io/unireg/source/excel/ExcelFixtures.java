package io.unireg.source.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written by POI itself (not hand-typed bytes), the same content as .xlsx and .xls. */
final class ExcelFixtures {

    private ExcelFixtures() {
    }

    /**
     * Sheet "Відомість": title (row 1, merged A1:H1), a two-level header in rows 2–3 (A2:A3 "№ з/п"
     * vertical; "Отримувач" over B2:C2; "Документ" over D2:E2; F2:F3 "Дата народження", G2:G3 "Виплачено",
     * H2:H3 "Сума"), a row of column numbers (row 4), then data from row 5. Row 6 is hidden.
     * Sheet "Довідник" is hidden.
     */
    static Path benefits(Path dir, boolean xls) throws IOException {
        Path file = dir.resolve(xls ? "benefits.xls" : "benefits.xlsx");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Відомість");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            CellStyle code = wb.createCellStyle();
            code.setDataFormat(wb.createDataFormat().getFormat("0000000"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            s.createRow(0).createCell(0).setCellValue("Відомість виплат допомоги за березень 2024 р.");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            Row h1 = s.createRow(1);
            h1.createCell(0).setCellValue("№ з/п");
            h1.createCell(1).setCellValue("Отримувач");
            h1.createCell(3).setCellValue("Документ");
            h1.createCell(5).setCellValue("Дата\nнародження");
            h1.createCell(6).setCellValue("Виплачено");
            h1.createCell(7).setCellValue("Сума");
            Row h2 = s.createRow(2);
            h2.createCell(1).setCellValue("Прізвище");
            h2.createCell(2).setCellValue("Код");
            h2.createCell(3).setCellValue("Серія");
            h2.createCell(4).setCellValue("Номер");
            s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
            s.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            s.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
            s.addMergedRegion(new CellRangeAddress(1, 2, 6, 6));
            s.addMergedRegion(new CellRangeAddress(1, 2, 7, 7));
            Row numbers = s.createRow(3);
            for (int c = 0; c < 8; c++) {
                numbers.createCell(c).setCellValue(c + 1);
            }
            Row a = s.createRow(4);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("Іваненко");
            a.createCell(2).setCellValue("0012345");                 // text with leading zeros
            a.createCell(3).setCellValue("МК");
            a.createCell(4).setCellValue(123456);
            a.createCell(5).setCellValue(LocalDate.of(1969, 2, 12));
            a.getCell(5).setCellStyle(date);
            a.createCell(6).setCellValue(LocalDateTime.of(2024, 3, 31, 3, 30)); // the night clocks go forward in Kyiv
            a.getCell(6).setCellStyle(dateTime);
            a.createCell(7).setCellValue(1234.5);
            a.getCell(7).setCellStyle(money);
            Row b = s.createRow(5);
            b.setZeroHeight(true);
            b.createCell(0).setCellValue(2);
            b.createCell(1).setCellValue("Петренко");
            b.createCell(2).setCellValue(12345);                      // a code stored as a number …
            b.getCell(2).setCellStyle(code);                          // … shown with its leading zeros
            b.createCell(3).setCellValue(3330497242L);                // ten digits, General
            b.createCell(4).setCellValue(0.1 + 0.2);
            b.createCell(5).setCellValue(LocalDate.of(2024, 3, 31));
            b.getCell(5).setCellStyle(date);
            b.createCell(6).setCellValue(true);
            b.createCell(7).setCellFormula("H5*2");
            Row c = s.createRow(7);                                   // row 7 (index 6) left empty
            c.createCell(0).setCellValue(3);
            c.createCell(1).setCellValue("=HYPERLINK(\"x\")");
            c.createCell(3).setCellValue(1234567890123456.0);
            Sheet hidden = wb.createSheet("Довідник");
            hidden.createRow(0).createCell(0).setCellValue("код");
            wb.setSheetHidden(1, true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
