package io.unireg.run;

import java.nio.file.Path;

/**
 * A job's state folder ({@code --state DIR}, default {@code state/<job>} in the working directory):
 * what must survive between runs and is not an output — the run lock and the state store.
 */
public record StateFolder(Path dir) {

    public static StateFolder of(Path stateOption, String job) {
        return new StateFolder(stateOption != null ? stateOption : Path.of("state", job));
    }

    /** One run per job at a time: {@link RunLock} holds an OS lock on this file. */
    public Path lockFile() {
        return dir.resolve("run.lock");
    }

    /** The incremental state store (golden record ids and fingerprints, watermarks). */
    public Path store() {
        return dir.resolve("state.sqlite");
    }
}
