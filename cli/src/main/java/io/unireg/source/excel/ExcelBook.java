package io.unireg.source.excel;

import io.unireg.source.SourceException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** An open workbook: its sheets (hidden ones included) and a reader for each. */
interface ExcelBook extends Closeable {

    /** A worksheet as the workbook lists it. {@code position} is 1-based in workbook (tab) order. */
    record Sheet(String name, int position, Visibility visibility, String ref) {
        public boolean hidden() {
            return visibility != Visibility.VISIBLE;
        }
    }

    enum Visibility {
        VISIBLE, HIDDEN, VERY_HIDDEN;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    Path file();

    List<Sheet> sheets();

    SheetRows open(Sheet sheet) throws IOException, SourceException;

    /** Opens an .xlsx/.xlsm (streaming) or an .xls (whole file in memory) by its content, not its name. */
    static ExcelBook open(Path file, boolean xls, ExcelOptions.Limits limits) throws IOException, SourceException {
        return xls ? XlsBook.open(file, limits) : XlsxBook.open(file, limits);
    }
}
