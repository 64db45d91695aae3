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

    /**
     * The state after {@code buffer[offset, offset + n)}, driven by the quotes alone: between two quotes
     * nothing changes but the count of a quoted cell, and whether a quote opens a cell depends only on
     * the character before it. Quotes are rare in registry exports, so this is a scan for the next one
     * — a char-by-char state machine here cost the reader a sixth of its time (0.34 CPU-s of the 1M-row
     * benchmark file).
     */
    private void follow(char[] buffer, int offset, int n) throws TooLong {
        int s = state;
        long q = quoted;
        char d = delimiter;
        int i = offset;
        int end = offset + n;
        while (i < end) {
            switch (s) {
                case QUOTED -> {
                    int j = nextQuote(buffer, i, end);
                    q += (j < 0 ? end : j) - i;
                    if (q > limit) {
                        throw new TooLong(limit);
                    }
                    if (j < 0) {
                        i = end;
                    } else {
                        s = QUOTE_IN_QUOTED;
                        i = j + 1;
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    char c = buffer[i++];
                    s = c == '"' ? QUOTED : ends(c, d) ? FIELD_START : UNQUOTED;
                }
                case FIELD_START -> {
                    char c = buffer[i++];
                    if (c == '"') {
                        s = QUOTED;
                        q = 0;
                    } else if (!ends(c, d)) {
                        s = UNQUOTED;
                    }
                }
                default -> {
                    // Unquoted: only a quote right after a delimiter or a line break opens a cell.
                    int j = nextQuote(buffer, i, end);
                    if (j < 0) {
                        s = ends(buffer[end - 1], d) ? FIELD_START : UNQUOTED;
                        i = end;
                    } else if (j > i && ends(buffer[j - 1], d)) {
                        s = FIELD_START;
                        i = j;
                    } else {
                        i = j + 1; // a quote inside the cell: a character like any other
                    }
                }
            }
        }
        state = s;
        quoted = q;
    }

    private static boolean ends(char c, char delimiter) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private static int nextQuote(char[] buffer, int from, int end) {
        for (int i = from; i < end; i++) {
            if (buffer[i] == '"') {
                return i;
            }
        }
        return -1;
    }
}
