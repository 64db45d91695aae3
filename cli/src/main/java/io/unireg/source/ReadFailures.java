package io.unireg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An I/O failure on an input file as one line naming the file once, with the reason. Java's file
 * exceptions carry the path where the reason should be ({@code AccessDeniedException}'s message is
 * the path alone), so printing {@code file + ": " + e.getMessage()} says the path twice and no reason.
 */
public final class ReadFailures {

    private ReadFailures() {
    }

    /**
     * {@code "/data/residents.csv: permission denied"}; a message that already starts with the file
     * ({@code "/data/residents.csv:23: unterminated quoted field"}) is kept as it is.
     */
    public static String describe(Path file, IOException e) {
        String message = oneLine(e);
        String path = String.valueOf(file);
        if (message.startsWith(path + ":") && !(e instanceof FileSystemException)) {
            return message;
        }
        return path + ": " + reason(file, e);
    }

    /** What went wrong, without the path when the exception only repeats it. */
    public static String reason(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = oneLine(e);
        String path = String.valueOf(file);
        if (message.startsWith(path + ": ")) {
            message = message.substring(path.length() + 2);
        }
        return message.isEmpty() || message.equals(path) ? e.getClass().getSimpleName() : message;
    }

    private static String oneLine(IOException e) {
        return e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
    }
}
