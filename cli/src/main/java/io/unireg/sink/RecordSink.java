package io.unireg.sink;

import java.io.IOException;

/**
 * Where finished rows go. Rows arrive in a fixed column order given when the sink opened.
 * {@link #close()} makes the rows permanent (a file is complete, a transaction commits);
 * {@link #abort()} is called instead when the run fails.
 */
public interface RecordSink extends AutoCloseable {

    /** One row; {@code null} is a missing value. The array is not kept. */
    void write(String[] values) throws IOException;

    /** A row that may come formatted in advance; a sink of its format writes its line as it is. */
    default void write(FormattedRow row) throws IOException {
        write(row.values());
    }

    /** The format this sink's rows may come in ({@link #write(FormattedRow)}); {@code null}: it formats them itself. */
    default RowFormat format() {
        return null;
    }

    long rows();

    /** SHA-256 of what was written, once closed; {@code null} for sinks that are not files. */
    default String sha256() {
        return null;
    }

    /** What the manifest calls a non-file output (e.g. a database URL without secrets and its table); {@code null} for files. */
    default String target() {
        return null;
    }

    /**
     * Whether this output takes only what changed since the last good run (jdbc {@code mode: incremental}):
     * the run then writes it only new and changed records, and {@link #delete} for the ids that are gone.
     */
    default boolean changesOnly() {
        return false;
    }

    /** Removes the record with this unireg_id (outputs that take changes only). */
    default void delete(String uniregId) throws IOException {
        throw new UnsupportedOperationException("this output takes every record; it deletes nothing");
    }

    /** The run failed: undo what can be undone. Files need nothing: the staging folder is discarded. */
    default void abort() {
    }

    @Override
    void close() throws IOException;
}
