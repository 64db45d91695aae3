package io.unireg.match;

/**
 * One source row as the matcher sees it: normalised values in the target schema's field order
 * ({@code null} or empty = missing). {@code id} is the record's index in the list given to the
 * executor (0..n-1); {@code source:key} is how files and clerks name it.
 */
public record MatchRecord(int id, String source, String key, String[] values) {

    public String value(int fieldIndex) {
        return values[fieldIndex];
    }

    public RecordRef ref() {
        return new RecordRef(source, key);
    }
}
