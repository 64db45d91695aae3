package io.unireg.run;

/** The run could not finish (I/O, unreadable input, internal): exit code 1, message is one line. */
public final class RunFailure extends Exception {

    private final int exitCode;

    public RunFailure(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = ExitCodes.FAILED;
    }

    public RunFailure(String message) {
        super(message);
        this.exitCode = ExitCodes.FAILED;
    }

    /** A failure the job file can fix (e.g. a blocking rule that would explode): exit 2 with advice. */
    public RunFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
