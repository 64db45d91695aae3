package io.unireg.job;

/** One problem with a job file, kept as a value until the CLI prints it. */
public record JobError(Location location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
