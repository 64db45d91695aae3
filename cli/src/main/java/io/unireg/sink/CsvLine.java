package io.unireg.sink;

import java.util.Arrays;

/**
 * One row as a line of {@link CsvSink}'s CSV — RFC 4180, CRLF, a field quoted only when it holds a
 * comma, a quote or a line break, risky values guarded ({@link FormulaGuard}) — encoded as UTF-8 straight
 * from the values' chars into a buffer this object keeps. Every line a CSV output holds is made here,
 * whichever thread makes it ({@link CsvFormat}), so the bytes cannot differ between the two. Not thread-safe.
 */
final class CsvLine {

    private final boolean formulaGuard;
    private byte[] bytes = new byte[1024];
    private int length;

    CsvLine(boolean formulaGuard) {
        this.formulaGuard = formulaGuard;
    }

    /** Formats {@code values} ({@code null}: missing) into {@link #bytes()}, replacing the last line. */
    void format(String[] values) {
        length = 0;
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) ',');
            }
            String v = values[i];
            if (v != null && !v.isEmpty()) {
                field(formulaGuard && FormulaGuard.risky(v) ? "'" + v : v);
            }
        }
        put((byte) '\r');
        put((byte) '\n');
    }

    /** The last line's bytes: {@code bytes()[0..length())}; overwritten by the next {@link #format}. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The last line, in an array of its own. */
    byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }

    private void field(String v) {
        int n = v.length();
        boolean quote = false;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        // The most a char can take: 3 bytes, or 2 for a doubled quote; a pair of surrogates 4 for two chars.
        int most = length + 3 * n + 2;
        if (most > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, most));
        }
        byte[] b = bytes;
        int at = length;
        if (quote) {
            b[at++] = '"';
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[at++] = '"';
                }
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                // Cyrillic: here rather than in Utf8.put, which is too large for the JIT to inline into this loop
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                at = Utf8.put(Character.toCodePoint(c, v.charAt(++i)), b, at);
            } else {
                at = Utf8.put(Character.isSurrogate(c) ? '?' : c, b, at);
            }
        }
        if (quote) {
            b[at++] = '"';
        }
        length = at;
    }

    private void put(byte c) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, 2 * bytes.length);
        }
        bytes[length++] = c;
    }
}
