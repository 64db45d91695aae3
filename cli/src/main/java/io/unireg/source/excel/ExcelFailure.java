package io.unireg.source.excel;

import io.unireg.source.SourceException;
import java.nio.file.Path;

/** Turns what POI throws at a broken or hostile workbook into one line a user can act on. */
final class ExcelFailure {

    private ExcelFailure() {
    }

    static SourceException of(Path file, String doing, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb detected")) {
                return SourceException.of(file, "refused: " + bombReason(m) + " (a zip bomb or a corrupt file)");
            }
            if (t instanceof Xml.TooLong) {
                return SourceException.of(file, "refused: a text in the workbook is longer than Excel's 32,767-character "
                    + "cell limit (a corrupt or hostile file)");
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return SourceException.of(file, "the workbook is password-protected; save it again without a password");
            }
            if (t instanceof org.apache.poi.hssf.OldExcelFormatException) {
                return SourceException.of(file, "an Excel 5.0/95 workbook, too old to read; save it as .xlsx");
            }
            if (t instanceof OutOfMemoryError) {
                return SourceException.of(file, "the workbook does not fit in memory; give Java more (JAVA_OPTS=-Xmx2g) "
                    + "or save it as .xlsx, which is read by streaming");
            }
        }
        return SourceException.of(file, doing + ": " + firstLine(e));
    }

    /** The same, for failures in the middle of a sheet (reported as I/O errors by the pipeline). */
    static java.io.IOException io(Path file, String doing, Throwable e) {
        return new java.io.IOException(of(file, doing, e).getMessage(), e);
    }

    private static String bombReason(String message) {
        String entry = "";
        int at = message.indexOf("Entry: ");
        if (at >= 0) {
            entry = " in " + message.substring(at + 7).lines().findFirst().orElse("").trim();
        }
        if (message.contains("max size")) {
            return "a part of the workbook" + entry + " expands beyond the size limit";
        }
        return "a part of the workbook" + entry + " expands beyond the compression-ratio limit";
    }

    /** The first line of an exception's message, or its class name. */
    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).trim();
    }
}
