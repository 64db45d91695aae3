package io.unireg.run;

import java.util.Map;

/**
 * What one source contributed to a run.
 *
 * @param rowsRead       data rows read, including unreadable ones
 * @param badRows        rows the reader could not split into columns
 * @param rowsRejected   rows refused whole (bad rows included)
 * @param valuesDropped  values set to missing under {@code on_error: null} in rows that were kept
 * @param skipped        rows the reader left out on purpose, by reason (a DBF's deleted rows); not in rowsRead
 * @param rowsCarried    rows of a source read from its change column that were not delivered this run and were
 *                       carried over unchanged from the last good run (not in rowsRead; in the records)
 */
public record SourceSummary(String id, String path, String sha256, Map<String, String> detected, long rowsRead,
                            long badRows, long rowsRejected, long valuesDropped, long rowsAccepted,
                            Map<String, Long> skipped, long rowsCarried) {

    public SourceSummary {
        skipped = skipped == null ? Map.of() : Map.copyOf(skipped);
        detected = detected == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detected));
    }

    public SourceSummary(String id, String path, String sha256, Map<String, String> detected, long rowsRead,
                         long badRows, long rowsRejected, long valuesDropped, long rowsAccepted, Map<String, Long> skipped) {
        this(id, path, sha256, detected, rowsRead, badRows, rowsRejected, valuesDropped, rowsAccepted, skipped, 0);
    }

    /** The rows the source holds as far as this run knows: those it delivered and those carried over. */
    public long rowsPresent() {
        return rowsRead + rowsCarried;
    }

    /** The same summary with the input's hash. */
    public SourceSummary withSha256(String hash) {
        return new SourceSummary(id, path, hash, detected, rowsRead, badRows, rowsRejected, valuesDropped, rowsAccepted,
                skipped, rowsCarried);
    }
}
