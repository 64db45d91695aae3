package io.unireg.bench;

import io.unireg.source.SourceItem;
import io.unireg.source.excel.ExcelOptions;
import io.unireg.source.excel.ExcelRecordSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX benchmark helpers.
 * <ul>
 * <li>{@code XlsxSheet write RESIDENTS.csv OUT.xlsx}: the generated residents export as one sheet,
 *     written with SXSSF in constant memory: the record number as a number, {@code dd.MM.yyyy} birth
 *     dates as date cells, the rest as text (inline strings, as SXSSF writes them).</li>
 * <li>{@code XlsxSheet read FILE.xlsx}: the xlsx source alone, touching every cell (the ceiling of a run).</li>
 * </ul>
 */
public final class XlsxSheet {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    private XlsxSheet() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("write")) {
            write(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 2 && args[0].equals("read")) {
            read(Path.of(args[1]));
        } else {
            System.err.println("usage: XlsxSheet write RESIDENTS.csv OUT.xlsx | XlsxSheet read FILE.xlsx");
            System.exit(2);
        }
    }

    private static void write(Path csv, Path xlsx) throws IOException {
        long start = System.nanoTime();
        long rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                 .setFormat(CSVFormat.RFC4180.builder().setDelimiter(';').setIgnoreEmptyLines(true).get()).get();
             SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true)) {
            SXSSFSheet sheet = wb.createSheet("Мешканці");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            int r = 0;
            for (CSVRecord record : parser) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (r > 1 && c == 0) {
                        row.createCell(c).setCellValue(Long.parseLong(v));
                    } else if (r > 1 && c == 5 && v.length() == 10 && v.charAt(2) == '.') {
                        try {
                            var cell = row.createCell(c);
                            cell.setCellValue(LocalDate.parse(v, DMY));
                            cell.setCellStyle(date);
                        } catch (DateTimeParseException e) {
                            row.createCell(c).setCellValue(v); // 31.02.1985: the planted impossible dates
                        }
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            rows = r - 1L;
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
            wb.dispose();
        }
        System.out.printf(Locale.ROOT, "xlsx_write rows=%d seconds=%.1f bytes=%d%n", rows,
            (System.nanoTime() - start) / 1e9, Files.size(xlsx));
    }

    private static void read(Path xlsx) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long chars = 0;
        try (ExcelRecordSource source = ExcelRecordSource.open("bench", ExcelOptions.of(xlsx), false)) {
            SourceItem item;
            while ((item = source.next()) != null) {
                rows++;
                if (item instanceof SourceItem.Row row) {
                    for (String cell : row.cells()) {
                        chars += cell.length();
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "xlsx_read rows=%d seconds=%.3f rows_per_s=%.0f chars=%d%n", rows, seconds,
            rows / seconds, chars);
    }
}
