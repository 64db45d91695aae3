package io.unireg.source.excel;

import io.unireg.source.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An old binary .xls workbook (BIFF8, Excel 97–2003) read with HSSF. Not streaming: HSSF holds the
 * whole workbook in memory (several times the file size), so files above {@link ExcelOptions.Limits#maxXlsBytes()}
 * are refused with a clear error. The format itself stops at 65,536 rows.
 */
final class XlsBook implements ExcelBook {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final List<ExcelBook.Sheet> sheets;
    private final boolean date1904;

    private XlsBook(Path file, HSSFWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        List<ExcelBook.Sheet> list = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Visibility v = workbook.isSheetVeryHidden(i) ? Visibility.VERY_HIDDEN
                : workbook.isSheetHidden(i) ? Visibility.HIDDEN : Visibility.VISIBLE;
            list.add(new ExcelBook.Sheet(workbook.getSheetName(i), i + 1, v, Integer.toString(i)));
        }
        this.sheets = List.copyOf(list);
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static XlsBook open(Path file, ExcelOptions.Limits limits) throws IOException, SourceException {
        long size = Files.size(file);
        if (size > limits.maxXlsBytes()) {
            throw SourceException.of(file, String.format(Locale.ROOT,
                "%.1f MB is over the %d MB limit for .xls files, which are read whole into memory; save it as .xlsx "
                    + "(read by streaming, no size limit)", size / 1048576.0, limits.maxXlsBytes() >> 20));
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        if (magic == FileMagic.OOXML) {
            throw SourceException.of(file, "not an .xls file: it is an XLSX workbook (use type: xlsx)");
        }
        if (magic != FileMagic.OLE2) {
            throw SourceException.of(file, "not an .xls file (no OLE2 signature; is it a CSV or HTML file renamed .xls?)");
        }
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            try {
                return new XlsBook(file, new HSSFWorkbook(fs.getRoot(), true));
            } catch (IOException | RuntimeException e) {
                fs.close();
                throw e;
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw ExcelFailure.of(file, "cannot read the workbook", e);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<ExcelBook.Sheet> sheets() {
        return sheets;
    }

    @Override
    public SheetRows open(ExcelBook.Sheet sheet) {
        return new Rows(workbook.getSheetAt(Integer.parseInt(sheet.ref())));
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private final class Rows implements SheetRows {
        private final org.apache.poi.ss.usermodel.Sheet sheet;
        private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
        private final DataFormatter formatter = new DataFormatter(Locale.US);
        private long formulasWithoutValue;

        Rows(org.apache.poi.ss.usermodel.Sheet sheet) {
            this.sheet = sheet;
            this.rows = sheet.rowIterator();
        }

        @Override
        public Row next() {
            if (!rows.hasNext()) {
                return null;
            }
            org.apache.poi.ss.usermodel.Row row = rows.next();
            int width = Math.max(0, row.getLastCellNum());
            String[] cells = new String[width];
            for (Cell cell : row) {
                if (cell.getColumnIndex() < width) {
                    cells[cell.getColumnIndex()] = text(cell);
                }
            }
            return new Row(row.getRowNum() + 1L, row.getZeroHeight(), cells);
        }

        private String text(Cell cell) {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            switch (type) {
                case NUMERIC: {
                    var style = cell.getCellStyle();
                    return NumberStyle.of(style.getDataFormat(), style.getDataFormatString())
                        .text(cell.getNumericCellValue(), date1904, formatter);
                }
                case STRING:
                    return cell.getStringCellValue();
                case BOOLEAN:
                    return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR:
                    return FormulaError.forInt(cell.getErrorCellValue()).getString();
                default:
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulasWithoutValue++;
                    }
                    return "";
            }
        }

        @Override
        public List<Merge> merges() {
            List<Merge> merges = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                merges.add(new Merge(r.getFirstRow() + 1L, r.getLastRow() + 1L, r.getFirstColumn(), r.getLastColumn()));
            }
            return merges;
        }

        @Override
        public long formulasWithoutValue() {
            return formulasWithoutValue;
        }

        @Override
        public void close() {
            // the workbook is closed with the book
        }
    }
}
