package io.unireg.source.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Passes a CSV text through, following its quoting as Commons CSV's RFC 4180 lexer does (a quote
 * opens a cell only as the cell's first character; {@code ""} inside is one quote), and stops the
 * read when one quoted cell runs over {@link #LIMIT} characters. A quote never closed near the top
 * of a large file would otherwise make the parser gather the rest of the file into one cell, until
 * the heap runs out; stopped, it is a broken record like any other, and the read goes on after it.
 */
final class QuotedCellLimit extends FilterReader {

    /** Far beyond any cell of a registry export (a postal address, a note), well within a small heap. */
    static final int LIMIT = 4_000_000;

    /** Thrown by {@link #read}; the source turns it into a broken record. */
    static final class TooLong extends IOException {
        TooLong(int limit) {
            super("a quoted cell runs over " + String.format(Locale.ROOT, "%,d", limit) + " characters");
        }
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final char delimiter;
    private final int limit;
    private int state = FIELD_START;
    private long quoted;

    QuotedCellLimit(Reader in, char delimiter) {
        this(in, delimiter, LIMIT);
    }

    QuotedCellLimit(Reader in, char delimiter, int limit) {
        super(in);
        this.delimiter = delimiter;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            follow(buffer, offset, n);
        }
        return n;
    }

    private void follow(char[] buffer, int offset, int n) throws TooLong {
        int s = state;
        long q = quoted;
        char d = delimiter;
        for (int i = offset, end = offset + n; i < end; i++) {
            char c = buffer[i];
            switch (s) {
                case QUOTED -> {
                    if (c == '"') {
                        s = QUOTE_IN_QUOTED;
                    } else if (++q > limit) {
                        throw new TooLong(limit);
                    }
                }
                case QUOTE_IN_QUOTED -> s = c == '"' ? QUOTED : c == d || c == '\n' || c == '\r' ? FIELD_START : UNQUOTED;
                case FIELD_START -> {
                    if (c == '"') {
                        s = QUOTED;
                        q = 0;
                    } else if (c != d && c != '\n' && c != '\r') {
                        s = UNQUOTED;
                    }
                }
                default -> {
                    if (c == d || c == '\n' || c == '\r') {
                        s = FIELD_START;
                    }
                }
            }
        }
        state = s;
        quoted = q;
    }
}
