package io.unireg.run;

import io.unireg.sink.FormattedRow;
import io.unireg.sink.RecordSink;
import io.unireg.sink.RowFormat;

import java.io.IOException;
import java.util.function.Consumer;

/** A sink that also hands every row to a tally (the report's counts), so the reports need not read the file back. */
final class TalliedSink implements RecordSink {

    private final RecordSink sink;
    private final Consumer<String[]> tally;

    TalliedSink(RecordSink sink, Consumer<String[]> tally) {
        this.sink = sink;
        this.tally = tally;
    }

    @Override
    public void write(String[] values) throws IOException {
        sink.write(values);
        tally.accept(values);
    }

    @Override
    public void write(FormattedRow row) throws IOException {
        sink.write(row);
        tally.accept(row.values());
    }

    @Override
    public RowFormat format() {
        return sink.format();
    }

    @Override
    public long rows() {
        return sink.rows();
    }

    @Override
    public String sha256() {
        return sink.sha256();
    }

    @Override
    public String target() {
        return sink.target();
    }

    @Override
    public void abort() {
        sink.abort();
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
