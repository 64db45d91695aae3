package io.unireg.source.text;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;

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

    /**
     * What {@link java.nio.charset.CodingErrorAction#REPLACE} does, noting where: one U+FFFD put in
     * {@code dst} for the malformed bytes of {@code src}, which are skipped. The U+FFFD lands at
     * {@code cbuf[index]} of a {@code read} that was given {@code off} ({@code dst} may be a buffer of
     * its own, for a surrogate pair split over two reads).
     */
    final void replace(ByteBuffer src, CharBuffer dst, CoderResult malformed, int index, int off) {
        lastReplacement = delivered + index - off;
        dst.put(REPLACEMENT);
        src.position(src.position() + malformed.length());
    }

    /** To be called with what each {@code read} returns. */
    final int delivered(int n) {
        if (n > 0) {
            delivered += n;
        }
        return n;
    }
}
