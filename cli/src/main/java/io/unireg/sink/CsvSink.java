package io.unireg.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (no BOM), CRLF, a header row; a field is quoted only when it holds a comma,
 * a quote or a line break. A value a spreadsheet would run as a formula gets a leading apostrophe
 * unless the guard is off ({@link FormulaGuard}). Formatted by {@link CsvLine} rather than by Commons
 * CSV's printer, which writes character by character: on a million rows the printer was the pipeline's
 * slowest stage. Rows may come formatted already ({@link #format()}), by the thread that made them.
 */
public final class CsvSink implements RecordSink {

    private final HashingFile file;
    private final OutputStream out;
    private final CsvFormat format;
    private final CsvLine line;
    private long rows;

    /** With the formula guard on (a risky value gets a leading apostrophe, see {@link FormulaGuard}). */
    public CsvSink(Path path, List<String> columns) throws IOException {
        this(path, columns, true);
    }

    public CsvSink(Path path, List<String> columns, boolean formulaGuard) throws IOException {
        this.file = new HashingFile(path);
        this.out = file.stream();
        this.format = new CsvFormat(formulaGuard);
        this.line = new CsvLine(formulaGuard);
        CsvLine header = new CsvLine(false); // column names are the job's own, not data to guard
        header.format(columns.toArray(String[]::new));
        out.write(header.bytes(), 0, header.length());
    }

    @Override
    public void write(String[] values) throws IOException {
        line.format(values);
        out.write(line.bytes(), 0, line.length());
        rows++;
    }

    @Override
    public void write(FormattedRow row) throws IOException {
        if (!format.equals(row.format())) {
            write(row.values());
            return;
        }
        out.write(row.line());
        rows++;
    }

    @Override
    public RowFormat format() {
        return format;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public String sha256() {
        return file.sha256();
    }

    @Override
    public void abort() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the staging folder holding this file is discarded
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
