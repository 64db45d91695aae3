package io.unireg.samples;

import java.io.IOException;
import java.io.Writer;

/** Writes delimited rows, quoting a field only when it holds the delimiter, a quote, CR or LF (RFC 4180). */
final class DelimitedWriter {

    private final Writer out;
    private final char delimiter;
    private final String lineEnd;
    private final StringBuilder line = new StringBuilder(256);

    DelimitedWriter(Writer out, char delimiter, String lineEnd) {
        this.out = out;
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
    }

    void row(String... fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            appendField(fields[i]);
        }
        line.append(lineEnd);
        out.write(line.toString());
    }

    void blankLine() throws IOException {
        out.write(lineEnd);
    }

    private void appendField(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    void flush() throws IOException {
        out.flush();
    }
}
