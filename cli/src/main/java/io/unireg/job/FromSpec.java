package io.unireg.job;

import java.util.Map;
import java.util.Optional;

/**
 * {@code from:} — the source column of a field: one name for every source, or one per source id.
 * A source missing from a per-source map contributes no value to this field.
 */
public record FromSpec(String anySource, Map<String, Column> perSource, Location location) {

    /** A column name with the place it was written, for "no such column" errors. */
    public record Column(String name, Location location) {
    }

    public Optional<Column> columnFor(String sourceId) {
        if (anySource != null) {
            return Optional.of(new Column(anySource, location));
        }
        return Optional.ofNullable(perSource.get(sourceId));
    }
}
