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
    private char[] chars = new char[256];
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

    /** The chars that make a field quoted: a comma, a quote, a line feed, a carriage return (all below 64). */
    private static final long QUOTED = 1L << ',' | 1L << '"' | 1L << '\n' | 1L << '\r';

    /**
     * One pass that encodes the field as it would stand unquoted and stops at the first char that
     * needs quoting (rare), to encode it again quoted. The chars are copied out first: a loop over an
     * array runs without the checks every {@code String.charAt} makes.
     */
    private void field(String v) {
        int n = v.length();
        if (chars.length < n) {
            chars = new char[Math.max(2 * chars.length, n)];
        }
        char[] c = chars;
        v.getChars(0, n, c, 0);
        // The most a char can take: 3 bytes, or 2 for a doubled quote; a pair of surrogates 4 for two chars.
        int most = length + 3 * n + 2;
        if (most > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, most));
        }
        int at = encode(c, n, length, false);
        if (at < 0) {
            bytes[length] = '"';
            at = encode(c, n, length + 1, true);
            bytes[at++] = '"';
        }
        length = at;
    }

    /** {@code c[0..n)} as UTF-8 at {@code at}; the position after it, or -1 when unquoted and a char needs quoting. */
    private int encode(char[] c, int n, int at, boolean quoted) {
        byte[] b = bytes;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch < 64 && (QUOTED >>> ch & 1) != 0) {
                    if (!quoted) {
                        return -1;
                    }
                    if (ch == '"') {
                        b[at++] = '"';
                    }
                }
                b[at++] = (byte) ch;
            } else if (ch < 0x800) {
                // Cyrillic: here rather than in Utf8.put, which is too large for the JIT to inline into this loop
                b[at++] = (byte) (0xC0 | (ch >> 6));
                b[at++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                at = Utf8.put(Character.toCodePoint(ch, c[++i]), b, at);
            } else {
                at = Utf8.put(Character.isSurrogate(ch) ? '?' : ch, b, at);
            }
        }
        return at;
    }

    private void put(byte c) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, 2 * bytes.length);
        }
        bytes[length++] = c;
    }
}
