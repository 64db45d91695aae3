package io.unireg.source.csv;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Quoting the parser cannot recover from (a quote never closed, text after a closing quote).
 * An {@link IOException} because {@link io.unireg.source.RecordSource#next()} may only throw those;
 * the message is one line naming the file and the line where the broken record starts.
 */
public final class MalformedCsvException extends IOException {

    private final Path file;
    private final long line;
    private final String problem;

    public MalformedCsvException(Path file, long line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** Physical line where the broken record starts. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
