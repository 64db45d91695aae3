package io.unireg.source;

/**
 * A source that can deliver only what changed: {@code column} grows whenever a row changes (a
 * timestamp or a sequence), {@code deleted} (optional) marks rows removed at the source, and
 * {@code overlap} re-reads a margin below the last value seen, for rows committed late with an older
 * value ({@code 10m}, {@code 1h} for time columns; a whole number for sequence columns).
 */
public record ChangeColumns(String column, String deleted, String overlap) {

    /** A watermark as sources hand it to the state store, {@code type:value}: its value, as a user reads it. */
    public static String value(String watermark) {
        return watermark.substring(watermark.indexOf(':') + 1);
    }

    /** A watermark's type ({@code timestamp}, {@code integer} …); empty when it has none. */
    public static String type(String watermark) {
        int colon = watermark.indexOf(':');
        return colon < 0 ? "" : watermark.substring(0, colon);
    }
}
