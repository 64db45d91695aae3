package io.unireg.run;

/** The run could not finish (I/O, unreadable input, internal): exit code 1, message is one line. */
public final class RunFailure extends Exception {

    public RunFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public RunFailure(String message) {
        super(message);
    }
}
