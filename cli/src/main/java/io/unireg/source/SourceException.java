package io.unireg.source;

import java.nio.file.Path;

/**
 * A source that cannot be read as declared: unknown encoding, a broken header, malformed quoting.
 * The message is one line a user can act on and names the file (and the line where known).
 */
public final class SourceException extends Exception {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code "residents.csv: message"}. */
    public static SourceException of(Path file, String message) {
        return new SourceException(file + ": " + message);
    }

    /** {@code "residents.csv:17: message"}. */
    public static SourceException at(Path file, long line, String message) {
        return new SourceException(file + ":" + line + ": " + message);
    }
}
