package io.unireg.source.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Text in any charset the JDK decodes (windows-1251, cp866, UTF-16, …): the characters
 * {@link java.io.InputStreamReader} gives with a replacing decoder, but the decoder reports
 * undecodable bytes and the U+FFFD is put in here, so where it went is noted ({@link DecodingReader}).
 */
final class CharsetReader extends DecodingReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    /** Bytes read and not yet decoded, ready to be read from. */
    private final ByteBuffer bytes;
    private boolean eof;
    private boolean flushed;
    /** The second half of a surrogate pair that did not fit the caller's buffer; -1 when none. */
    private int pending = -1;

    /** {@code first[offset..)} comes before the rest of {@code in} (the bytes already read for detection). */
    CharsetReader(byte[] first, int offset, InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        int n = first.length - offset;
        this.bytes = ByteBuffer.allocate(Math.max(BUFFER, n));
        bytes.put(first, offset, n).flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        if (pending >= 0) {
            out.put((char) pending);
            pending = -1;
        }
        while (out.hasRemaining() && !flushed) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                replace(bytes, out, result, out.position(), off);
            } else if (result.isOverflow()) {
                if (out.position() == off) {
                    splitPair(out, off);
                }
                break;
            } else if (!eof) {
                refill();
            } else if (decoder.flush(out).isUnderflow()) {
                flushed = true;
            }
        }
        int n = out.position() - off;
        return delivered(n > 0 ? n : -1);
    }

    /**
     * One place left and the decoder wants two: give the first half of the surrogate pair, keep the
     * second. A decoder may ask for two places before it finds the bytes malformed.
     */
    private void splitPair(CharBuffer out, int off) throws IOException {
        CharBuffer two = CharBuffer.allocate(2);
        CoderResult result = decoder.decode(bytes, two, eof);
        while (result.isUnderflow() && two.position() == 0 && !eof) {
            refill();
            result = decoder.decode(bytes, two, eof);
        }
        if (result.isError() && two.position() == 0) {
            replace(bytes, two, result, out.position(), off);
        }
        if (two.position() > 0) {
            out.put(two.get(0));
            pending = two.position() > 1 ? two.get(1) : -1;
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
