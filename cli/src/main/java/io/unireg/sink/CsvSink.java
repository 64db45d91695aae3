package io.unireg.sink;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** RFC 4180 CSV in UTF-8 (no BOM), CRLF, a header row, fields quoted only when they must be. */
public final class CsvSink implements RecordSink {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

    private final CSVPrinter printer;
    private long rows;

    public CsvSink(Path file, List<String> columns) throws IOException {
        this.printer = new CSVPrinter(new FastWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)), FORMAT);
        printer.printRecord(columns);
    }

    @Override
    public void write(String[] values) throws IOException {
        printer.printRecord((Object[]) values);
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
