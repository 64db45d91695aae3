package io.unireg.report;

/**
 * A run folder the report cannot be made from: a missing manifest, a run file with a broken row or
 * without a column it must have. The message is one line naming the file (and line where known).
 */
public final class ReportException extends Exception {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
