package io.unireg.job;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a job file cannot be used; carries every problem found, each with its location. */
public final class JobException extends Exception {

    private final List<JobError> errors;

    public JobException(List<JobError> errors) {
        super(errors.stream().map(JobError::toString).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public JobException(Location location, String message) {
        this(List.of(new JobError(location, message)));
    }

    public List<JobError> errors() {
        return errors;
    }

    /** Whether an input could not be read (I/O) rather than the job being wrong: exit 1, not 2. */
    public boolean unreadableInput() {
        return errors.stream().anyMatch(JobError::unreadable);
    }
}
