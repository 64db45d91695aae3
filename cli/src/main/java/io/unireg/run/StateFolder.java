package io.unireg.run;

import java.nio.file.Path;

/**
 * A job's state folder ({@code --state DIR}, default {@code state/<job>} under the working directory):
 * what survives between runs — the lock and the state store.
 */
public record StateFolder(Path dir) {

    public static StateFolder of(Path stateOption, String job) {
        return new StateFolder(stateOption != null ? stateOption : Path.of("state", job));
    }

    public Path lockFile() {
        return dir.resolve("run.lock");
    }

    public Path store() {
        return dir.resolve("state.sqlite");
    }
}
