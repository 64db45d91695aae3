package io.unireg.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * UTF-8 XML text into a stream: markup as given, values escaped. A character XML 1.0 cannot hold
 * (a control character from a source file) is written as Excel's {@code _xHHHH_}, and a literal
 * {@code _xHHHH_} in the text has its underscore escaped so Excel shows it as it was.
 */
final class XmlText {

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 13];
    private int n;

    XmlText(OutputStream out) {
        this.out = out;
    }

    XmlText raw(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
        return this;
    }

    XmlText number(long v) {
        return raw(Long.toString(v));
    }

    XmlText escaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x800 && c != '<' && c != '>' && c != '&' && c != '"' && c != '_') {
                // ASCII and Cyrillic, nearly every char of a report's values: one or two bytes, here
                ensure(2);
                if (c < 0x80) {
                    buf[n++] = (byte) c;
                } else {
                    buf[n++] = (byte) (0xC0 | c >> 6);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                }
                continue;
            }
            switch (c) {
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '&' -> raw("&amp;");
                case '"' -> raw("&quot;");
                case '_' -> raw(isEscapeAt(s, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        raw(String.format(Locale.ROOT, "_x%04X_", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        codePoint(Character.toCodePoint(c, s.charAt(++i)));
                    } else if (Character.isSurrogate(c)) {
                        codePoint(0xFFFD); // half a pair: not a character
                    } else {
                        codePoint(c);
                    }
                }
            }
        }
        return this;
    }

    /** {@code _xHHHH_} at {@code i}: what Excel would read as an escaped character. */
    private static boolean isEscapeAt(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void codePoint(int c) {
        ensure(4);
        n = Utf8.put(c, buf, n);
    }

    /** Markup is ASCII. */
    private void put(char c) {
        ensure(1);
        buf[n++] = (byte) c;
    }

    private void ensure(int room) {
        if (n + room > buf.length) {
            flush();
        }
    }

    XmlText flush() {
        try {
            out.write(buf, 0, n);
            n = 0;
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
