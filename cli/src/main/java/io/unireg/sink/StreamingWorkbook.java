package io.unireg.sink;

import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * An SXSSF workbook whose sheets stream to their temporary files through {@link FastWriter} instead of
 * POI's {@code BufferedWriter} over an {@code OutputStreamWriter}. POI escapes a cell's text one code
 * point at a time, and each of those writes took the buffered writer's lock: 40 % of writing a
 * rejects sheet (measured when report.xlsx was written with POI). The bytes written are the same UTF-8.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    static {
        // POI keeps the temporary sheets of every workbook in one ${java.io.tmpdir}/poifiles by default,
        // made by whoever ran first: on a server where an engineer had run unireg by hand, a nightly run
        // under another account failed with "internal error: ... AccessDeniedException:
        // /tmp/poifiles/poi-sxssf-sheet….xml". Each run gets a private folder instead (PrivateTempFiles).
        // Set here, where every workbook unireg writes is made (xlsx outputs, the review file), so a run
        // that writes none loads none of it.
        TempFile.setTempFileCreationStrategy(new PrivateTempFiles());
    }

    /** Keeps {@code window} rows in memory; {@code compressTempFiles} gzips the temporary sheet files. */
    public StreamingWorkbook(int window, boolean compressTempFiles) {
        super(null, window, compressTempFiles);
    }

    /**
     * POI reports a sheet whose temporary file cannot be made (a full or unwritable temporary folder)
     * as an {@code IllegalStateException}; it is an I/O error, said as one.
     */
    @Override
    public SXSSFSheet createSheet(String name) {
        try {
            return super.createSheet(name);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot make the temporary file of sheet '" + name + "' under "
                        + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir; JAVA_OPTS=-Djava.io.tmpdir=DIR moves it): "
                        + io, io);
            }
            throw e;
        }
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        // SheetDataWriter's constructor calls createWriter before a subclass's fields are set: these use none.
        return isCompressTempFiles() ? new GZIPSheetDataWriter(getSharedStringSource()) {
            @Override
            public Writer createWriter(File file) throws IOException {
                return fastWriter(file, this::decorateOutputStream);
            }
        } : new SheetDataWriter(getSharedStringSource()) {
            @Override
            public Writer createWriter(File file) throws IOException {
                return fastWriter(file, this::decorateOutputStream);
            }
        };
    }

    /**
     * Deflate's fastest level: the 1M-row job's report.xlsx (then written with POI) took 0.20 s to zip at
     * the default level and 0.10 s at this one, on one core after the run, for a file 24 % larger.
     */
    @Override
    protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        return zip;
    }

    private interface Decorator {
        OutputStream decorate(FileOutputStream out) throws IOException;
    }

    private static Writer fastWriter(File file, Decorator decorator) throws IOException {
        FileOutputStream out = new FileOutputStream(file);
        try {
            return new FastWriter(decorator.decorate(out));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
