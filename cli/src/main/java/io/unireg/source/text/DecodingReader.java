package io.unireg.source.text;

import java.io.Reader;

/**
 * A file's text as characters, with each sequence of bytes the charset cannot decode read as one
 * U+FFFD, as the JDK's replacing decoders do — and a note of where the last such U+FFFD went, so a
 * source can tell which of its values are not what the file holds without searching every value.
 * A U+FFFD the file really holds (valid UTF-8 EF BF BD) is decoded, not put in, so it is not noted.
 */
abstract class DecodingReader extends Reader {

    static final char REPLACEMENT = '\uFFFD';

    /** Characters returned by {@code read} so far. */
    private long delivered;
    private long lastReplacement = -1;

    /**
     * Offset, in characters from the first one read, of the last U+FFFD put in for undecodable bytes;
     * -1 while there is none. Text not yet read cannot hold one that is noted.
     */
    final long lastReplacement() {
        return lastReplacement;
    }

    /** Notes a U+FFFD put in at {@code cbuf[index]} by a {@code read} that was given {@code off}. */
    final void replacedAt(int index, int off) {
        lastReplacement = delivered + index - off;
    }

    /** To be called with what each {@code read} returns. */
    final int delivered(int n) {
        if (n > 0) {
            delivered += n;
        }
        return n;
    }
}
