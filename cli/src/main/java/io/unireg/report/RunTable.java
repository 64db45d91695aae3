package io.unireg.report;

import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import io.unireg.source.csv.CsvOptions;
import io.unireg.source.csv.CsvRecordSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file a run wrote (UTF-8, comma, header), read row by row with the project's CSV reader.
 * Columns are looked up by name so a later column added to a contract does not break the report;
 * a row the reader cannot split is an error naming the file and line — a run's own file that does
 * not parse means it was edited or cut, and figures from it would be wrong.
 */
final class RunTable implements AutoCloseable {

    private final Path file;
    private final CsvRecordSource source;

    private RunTable(Path file, CsvRecordSource source) {
        this.file = file;
        this.source = source;
    }

    static RunTable open(Path file) throws ReportException {
        try {
            return new RunTable(file, CsvRecordSource.open(file.getFileName().toString(),
                    new CsvOptions(file, "utf-8", ",", true)));
        } catch (SourceException e) {
            throw new ReportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    List<String> columns() {
        return source.columns();
    }

    /** Index of a column the file must have. */
    int column(String name) throws ReportException {
        int i = source.columns().indexOf(name);
        if (i < 0) {
            throw new ReportException(file + ":1: no column '" + name + "' (columns: " + String.join(",", source.columns()) + ")");
        }
        return i;
    }

    /** Index of a column the file may have, or -1. */
    int optionalColumn(String name) {
        return source.columns().indexOf(name);
    }

    /** The next row, or {@code null} at the end. */
    SourceItem.Row next() throws ReportException {
        SourceItem item;
        try {
            item = source.next();
        } catch (IOException e) {
            throw new ReportException(e.getMessage(), e);
        }
        if (item instanceof SourceItem.BadRow bad) {
            throw new ReportException(file + ":" + bad.line() + ": " + bad.message());
        }
        return (SourceItem.Row) item;
    }

    /** A probability cell as a number in [0, 1]; anything else is an error at that row. */
    double probability(SourceItem.Row row, int column) throws ReportException {
        String cell = row.cells()[column];
        try {
            double p = Double.parseDouble(cell);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReportException(file + ":" + row.line() + ": " + source.columns().get(column)
                + " '" + cell + "' is not a probability between 0 and 1");
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException ignored) {
            // read-only file: nothing to lose
        }
    }
}
