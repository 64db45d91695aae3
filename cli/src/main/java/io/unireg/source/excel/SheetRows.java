package io.unireg.source.excel;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The rows of one worksheet in order, as cell texts; both workbook formats give this to {@link ExcelRecordSource}. */
interface SheetRows extends Closeable {

    /**
     * One spreadsheet row that has at least one cell element.
     *
     * @param number 1-based row number as Excel shows it
     * @param cells  texts by 0-based column; {@code null} or {@code ""} for empty cells; may be shorter than the sheet
     */
    record Row(long number, boolean hidden, String[] cells) {
    }

    /** A merged region, 1-based rows and 0-based columns, inclusive. */
    record Merge(long firstRow, long lastRow, int firstColumn, int lastColumn) {
    }

    /** The next row, or {@code null} after the last. */
    Row next() throws IOException;

    /** Merged regions of the sheet (read up front: XLSX lists them after the cells). */
    List<Merge> merges() throws IOException;

    /** Formula cells without a cached result (saved by a program that never calculated them). */
    long formulasWithoutValue();
}
