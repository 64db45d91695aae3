package io.unireg.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer without locks. Commons CSV appends value by value and character by
 * character; {@link java.io.BufferedWriter} takes a lock on every call, which cost more than the
 * formatting itself at a million rows. One thread writes a sink, so no lock is needed.
 */
final class FastWriter extends Writer {

    private final OutputStream out;
    private final char[] chars = new char[1 << 15];
    private final byte[] bytes = new byte[3 * (1 << 15)];
    private int count;
    private boolean closed;

    FastWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (count == chars.length) {
            flushChars();
        }
        chars[count++] = (char) c;
    }

    @Override
    public void write(char[] source, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == chars.length) {
                flushChars();
            }
            int n = Math.min(length, chars.length - count);
            System.arraycopy(source, offset, chars, count, n);
            count += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == chars.length) {
                flushChars();
            }
            int n = Math.min(length, chars.length - count);
            s.getChars(offset, offset + n, chars, count);
            count += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq instanceof String s) {
            write(s, start, end - start);
        } else {
            for (int i = start; i < end; i++) {
                write(csq.charAt(i));
            }
        }
        return this;
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        return csq == null ? append("null") : append(csq, 0, csq.length());
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    private void flushChars() throws IOException {
        int end = count;
        // Keep a high surrogate for the next round so a pair is never split across encodings.
        boolean split = end > 0 && Character.isHighSurrogate(chars[end - 1]);
        if (split) {
            end--;
        }
        if (end > 0) {
            out.write(bytes, 0, encode(end));
        }
        if (split) {
            chars[0] = chars[end];
            count = 1;
        } else {
            count = 0;
        }
    }

    /**
     * UTF-8 of {@code chars[0..end)} into {@link #bytes}, straight from the chars: going through a
     * String first copied every Cyrillic buffer twice. A lone surrogate becomes '?', as String's
     * encoder does.
     */
    private int encode(int end) {
        byte[] b = bytes;
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                // Cyrillic: here rather than in Utf8.put, which is too large for the JIT to inline into this loop
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                n = Utf8.put(Character.toCodePoint(c, chars[++i]), b, n);
            } else {
                n = Utf8.put(Character.isSurrogate(c) ? '?' : c, b, n);
            }
        }
        return n;
    }

    @Override
    public void flush() throws IOException {
        flushChars();
        out.flush();
    }

    /**
     * Closing twice does nothing, as {@link Writer#close} promises: POI's SXSSF closes a sheet's writer
     * when the sheet is written and again when the workbook is disposed, and a second flush into the
     * closed file printed a stack trace under a failed run's one-line error.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        out.close();
    }
}
