package io.unireg.sink;

/**
 * UTF-8 of one code point into a byte buffer, for writers that encode straight from their chars
 * (the CSV files, PostgreSQL's COPY stream) instead of through a String and its encoder.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Writes {@code codePoint} at {@code at} (room for 4 bytes needed) and returns the position after it. */
    public static int put(int codePoint, byte[] b, int at) {
        if (codePoint < 0x80) {
            b[at++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            b[at++] = (byte) (0xC0 | (codePoint >> 6));
            b[at++] = (byte) (0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            b[at++] = (byte) (0xE0 | (codePoint >> 12));
            b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            b[at++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
            b[at++] = (byte) (0xF0 | (codePoint >> 18));
            b[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            b[at++] = (byte) (0x80 | (codePoint & 0x3F));
        }
        return at;
    }
}
