package io.unireg.source;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A stream of rows from one declared source. Implementations read lazily: memory stays constant
 * whatever the input size. Not thread-safe; one consumer.
 */
public interface RecordSource extends AutoCloseable {

    /** Source id from the job file. */
    String id();

    /** Column names exactly as the file spells them (Cyrillic kept), in file order. */
    List<String> columns();

    /** The next row, or {@code null} at the end. */
    SourceItem next() throws IOException;

    /**
     * What the reader decided on its own, for the manifest and the profile
     * (e.g. {@code encoding=windows-1251}, {@code delimiter=;}).
     */
    Map<String, String> detected();

    /**
     * Rows the reader left out on purpose, by reason (a DBF's rows marked deleted: {@code deleted → 3}).
     * Complete once {@link #next()} has returned {@code null}; reported per source in the manifest.
     */
    default Map<String, Long> skipped() {
        return Map.of();
    }

    /**
     * For a source read by its change column ({@link ChangeColumns}): the highest value of that
     * column among the rows read, as {@link SourceOpeners#open(io.unireg.job.SourceSpec, String)} takes
     * it back; the value it was opened with when it read no row; {@code null} for other sources.
     * Complete once {@link #next()} has returned {@code null}.
     */
    default String watermark() {
        return null;
    }

    @Override
    void close() throws IOException;
}
