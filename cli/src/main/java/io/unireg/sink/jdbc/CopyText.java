package io.unireg.sink.jdbc;

import io.unireg.sink.Utf8;

import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format, encoded to UTF-8 bytes as they are built: fields separated by
 * a tab, rows ended by a newline, NULL as {@code \N}, and only backslash, newline, carriage return and
 * tab escaped. The text format rather than CSV because the server parses it a little faster (no quote
 * state: a server-side COPY of the same million rows took 9.8–11.1 s against 11.2–13.1 s under load;
 * through the whole loader the difference was within the noise) and nothing needs quoting. Every
 * backslash is doubled, so no line can read as the end-of-data marker {@code \.}, and an empty string
 * (an empty field) stays distinct from NULL.
 */
final class CopyText {

    private byte[] bytes = new byte[1 << 17];
    private int length;

    /** One field's value; {@code null} is SQL NULL. Not the first field of a row: call {@link #separator()} before. */
    void value(String v) {
        if (v == null) {
            room(2);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            return;
        }
        int n = v.length();
        room(n * 3 + 2);   // a char is at most 3 UTF-8 bytes (a surrogate pair: 4 for 2 chars), or 2 escaped
        byte[] b = bytes;
        int at = length;
        for (int k = 0; k < n; k++) {
            char ch = v.charAt(k);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> { b[at++] = '\\'; b[at++] = '\\'; }
                    case '\n' -> { b[at++] = '\\'; b[at++] = 'n'; }
                    case '\r' -> { b[at++] = '\\'; b[at++] = 'r'; }
                    case '\t' -> { b[at++] = '\\'; b[at++] = 't'; }
                    default -> b[at++] = (byte) ch;
                }
            } else if (Character.isHighSurrogate(ch) && k + 1 < n && Character.isLowSurrogate(v.charAt(k + 1))) {
                at = Utf8.put(Character.toCodePoint(ch, v.charAt(++k)), b, at);
            } else {
                // a lone surrogate is not text PostgreSQL can store; '?' as String.getBytes would write
                at = Utf8.put(Character.isSurrogate(ch) ? '?' : ch, b, at);
            }
        }
        length = at;
    }

    void separator() {
        room(1);
        bytes[length++] = '\t';
    }

    void endRow() {
        room(1);
        bytes[length++] = '\n';
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Keeps the bytes from {@code from} on, moved to the start (a row held back while the previous ones are sent). */
    void keepFrom(int from) {
        System.arraycopy(bytes, from, bytes, 0, length - from);
        length -= from;
    }

    void clear() {
        length = 0;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
