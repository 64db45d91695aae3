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
 */
public record SourceSummary(String id, String path, String sha256, Map<String, String> detected, long rowsRead,
                            long badRows, long rowsRejected, long valuesDropped, long rowsAccepted,
                            Map<String, Long> skipped) {

    public SourceSummary {
        skipped = skipped == null ? Map.of() : Map.copyOf(skipped);
    }
}
