package io.unireg.source.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Reads past a text's first lines, counting line breaks exactly as Commons CSV counts the lines it
 * reports (a CR, an LF, and a CR LF each one break; an LF right after a CR is not another), so a
 * parser started on what is left reports line numbers that, offset by the lines skipped, are the
 * file's. Quoting plays no part: the parser counts the breaks inside quoted cells too.
 */
final class LineSkip {

    private static final int BUFFER = 64 * 1024;

    /** {@code reader} starts where the skipped lines end; {@code chars}: how many characters they held. */
    record Skipped(Reader reader, long chars) {
    }

    private LineSkip() {
    }

    /**
     * Skips {@code lines} line breaks of {@code in} (and an LF right after the last one when it is a
     * CR). A text with fewer breaks is read to its end.
     */
    static Skipped skip(Reader in, long lines) throws IOException {
        PushbackReader reader = new PushbackReader(in, BUFFER);
        if (lines <= 0) {
            return new Skipped(reader, 0);
        }
        char[] buffer = new char[BUFFER];
        long counted = 0;
        long chars = 0;
        boolean afterCr = false;
        int n;
        while ((n = reader.read(buffer, 0, BUFFER)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (counted == lines) {
                    // The last break counted was a CR: an LF right after it belongs to it.
                    int next = c == '\n' ? i + 1 : i;
                    reader.unread(buffer, next, n - next);
                    return new Skipped(reader, chars + next);
                }
                if (c == '\r' || c == '\n' && !afterCr) {
                    counted++;
                    if (counted == lines && c == '\n') {
                        reader.unread(buffer, i + 1, n - i - 1);
                        return new Skipped(reader, chars + i + 1);
                    }
                }
                afterCr = c == '\r';
            }
            chars += n;
        }
        return new Skipped(reader, chars);
    }
}
