package io.unireg.source.excel;

import java.nio.file.Path;

/**
 * How to read a sheet.
 *
 * @param sheet      a sheet name, or its 1-based position in the workbook; {@code null} = the first visible sheet
 * @param headerRow  1-based row holding the column names (rows above it, e.g. a title, are ignored)
 * @param headerRows how many rows form the header (2 for a two-level header under merged group cells)
 * @param skipRows   rows to skip between the header and the data (e.g. a row of column numbers 1, 2, 3 …)
 */
public record ExcelOptions(Path path, String sheet, int headerRow, int headerRows, int skipRows, Limits limits) {

    public ExcelOptions {
        if (headerRow < 1 || headerRows < 1 || skipRows < 0) {
            throw new IllegalArgumentException("header_row and header_rows must be ≥ 1, skip_rows ≥ 0");
        }
    }

    public static ExcelOptions of(Path path) {
        return new ExcelOptions(path, null, 1, 1, 0, Limits.DEFAULT);
    }

    public ExcelOptions withSheet(String sheet) {
        return new ExcelOptions(path, sheet, headerRow, headerRows, skipRows, limits);
    }

    public ExcelOptions withHeader(int row, int rows, int skip) {
        return new ExcelOptions(path, sheet, row, rows, skip, limits);
    }

    public ExcelOptions withLimits(Limits limits) {
        return new ExcelOptions(path, sheet, headerRow, headerRows, skipRows, limits);
    }

    /**
     * Protection against hostile or broken files: a clear error instead of an out-of-memory.
     *
     * @param maxPartBytes     largest uncompressed XML part of an XLSX (a sheet, the shared strings)
     * @param minInflateRatio  smallest compressed/uncompressed ratio of a part (POI's zip-bomb check)
     * @param maxCellChars     longest cell text (Excel itself stops at 32,767)
     * @param maxXlsBytes      largest .xls file (read whole into memory by HSSF)
     */
    public record Limits(long maxPartBytes, double minInflateRatio, int maxCellChars, long maxXlsBytes) {
        public static final Limits DEFAULT = new Limits(0xFFFF_FFFFL, 0.01, 32_767, 64L << 20);
    }
}
