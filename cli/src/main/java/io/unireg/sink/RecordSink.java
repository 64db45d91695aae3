package io.unireg.sink;

import java.io.IOException;

/** Where finished rows go. Rows arrive in a fixed column order given when the sink opened. */
public interface RecordSink extends AutoCloseable {

    /** One row; {@code null} is a missing value. The array is not kept. */
    void write(String[] values) throws IOException;

    long rows();

    /** SHA-256 of what was written, once closed; {@code null} for sinks that are not files. */
    default String sha256() {
        return null;
    }

    @Override
    void close() throws IOException;
}
