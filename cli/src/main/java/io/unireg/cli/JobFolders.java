package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.unireg.run.RunFolders;
import io.unireg.run.StateFolder;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code JOB [--out DIR] [--state DIR]} for the commands that look at a job's runs rather than run it
 * ({@code history}, {@code status}). JOB is the job file or just the job's name: only the file's
 * {@code job:} key is read, so a job whose sources are missing today still shows its past.
 */
final class JobFolders {

    @Parameters(paramLabel = "JOB", description = "The job file, or the job's name.")
    String job;

    @Option(names = "--out", paramLabel = "DIR", description = "The job's output folder, as given to 'unireg run' (default: out/<job>).")
    Path out;

    @Option(names = "--state", paramLabel = "DIR", description = "The job's state folder, as given to 'unireg run' (default: state/<job>).")
    Path state;

    /** The job's name, or {@code null} after printing why the job file cannot tell it. */
    String name(PrintWriter err, String command) {
        Path file = Path.of(job);
        if (!Files.isRegularFile(file)) {
            if (job.matches("[a-z0-9][a-z0-9._-]*")) {
                return job;
            }
            err.println("unireg: " + command + ": " + job + ": no such job file (and not a job name)");
            return null;
        }
        try {
            JsonNode name = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("job");
            if (name.isTextual() && !name.asText().isBlank()) {
                return name.asText();
            }
            err.println("unireg: " + command + ": " + file + ": no job: name in the job file");
        } catch (IOException e) {
            err.println("unireg: " + command + ": " + file + ": cannot read the job file: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return null;
    }

    RunFolders runs(String name) {
        return RunFolders.of(out != null ? out : Path.of("out", name));
    }

    StateFolder state(String name) {
        return StateFolder.of(state, name);
    }
}
