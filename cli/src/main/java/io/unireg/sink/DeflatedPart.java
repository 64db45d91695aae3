package io.unireg.sink;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Bytes deflated as they come (raw deflate, fastest level), with the CRC and size a zip entry
 * needs, so the package takes them as they are: no second pass at the end.
 */
final class DeflatedPart extends OutputStream {

    /** Native memory: ended when finished or the workbook closed. */
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 12);
    private final byte[] chunk = new byte[1 << 13];
    private long size;
    private boolean finished;

    @Override
    public void write(int b) {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        crc.update(b, off, len);
        size += len;
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    void finish() {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        deflater.end();
        finished = true;
    }

    void end() {
        deflater.end();
    }

    private void drain() {
        int n = deflater.deflate(chunk);
        out.write(chunk, 0, n);
    }

    /** Adds the bytes as {@code e}'s content, with their method, CRC and sizes. */
    void writeTo(ZipArchiveOutputStream zip, ZipArchiveEntry e) throws IOException {
        if (!finished) {
            throw new IllegalStateException(e.getName() + " is not finished");
        }
        e.setMethod(ZipArchiveEntry.DEFLATED);
        e.setCrc(crc.getValue());
        e.setSize(size);
        e.setCompressedSize(out.size());
        zip.addRawArchiveEntry(e, new ByteArrayInputStream(out.toByteArray()));
    }
}
