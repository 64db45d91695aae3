package io.unireg.sink;

/**
 * A row and, when {@code format} is not {@code null}, its {@code line} as sinks of that format write
 * it. A sink of another format, or of none, writes the values.
 */
public record FormattedRow(String[] values, RowFormat format, byte[] line) {

    /** A row not formatted in advance. */
    public static FormattedRow of(String[] values) {
        return new FormattedRow(values, null, null);
    }

    /** {@code values} formatted by {@code format}; a row not formatted in advance when {@code format} is {@code null}. */
    public static FormattedRow of(String[] values, RowFormat format) {
        return format == null ? of(values) : new FormattedRow(values, format, format.line(values));
    }
}
