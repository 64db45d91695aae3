package io.unireg.job;

/**
 * One problem with a job file, kept as a value until the CLI prints it.
 *
 * @param unreadable an input the job names could not be read (I/O): the run failed (exit 1), the job
 *                   file itself may be right
 */
public record JobError(Location location, String message, boolean unreadable) {

    public JobError(Location location, String message) {
        this(location, message, false);
    }

    /** An input that exists but could not be read, e.g. for want of permission. */
    public static JobError unreadable(Location location, String message) {
        return new JobError(location, message, true);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
