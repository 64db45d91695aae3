package io.unireg.cli;

import io.unireg.job.Job;
import io.unireg.job.JobError;
import io.unireg.job.JobException;
import io.unireg.job.JobLoader;
import io.unireg.run.ExitCodes;
import io.unireg.run.Plan;
import io.unireg.run.PlanCompiler;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads and compiles a job for a command, printing every problem as {@code file:line:col: message}. */
final class JobArgs {

    private JobArgs() {
    }

    /** A compiled job, or no plan and the exit code to end with once the problems are printed. */
    record Compiled(Plan plan, int exitCode) {
    }

    /**
     * The compiled plan, or none after printing the errors: exit 2 for a job that is wrong, 1 when a
     * source it names could not be read (README: unreadable input fails the run).
     */
    static Compiled compile(Path jobFile, PrintWriter err) {
        try {
            Job job = JobLoader.withSystemEnv().load(jobFile);
            return new Compiled(PlanCompiler.builtIn().compile(job), ExitCodes.OK);
        } catch (JobException e) {
            for (JobError error : e.errors()) {
                err.println(error);
            }
            err.println("unireg: " + e.errors().size() + (e.errors().size() == 1 ? " problem" : " problems")
                    + " in " + jobFile);
            return new Compiled(null, e.unreadableInput() ? ExitCodes.FAILED : ExitCodes.USAGE);
        }
    }

    /**
     * The compiled plan of a job that must have a {@code dedupe:} section, or none after printing why
     * not.
     */
    static Compiled compileDedupe(Path jobFile, PrintWriter err, String command, String without) {
        Compiled compiled = compile(jobFile, err);
        if (compiled.plan() != null && !compiled.plan().dedupes()) {
            err.println("unireg: " + command + ": " + jobFile + " has no dedupe: section" + without);
            return new Compiled(null, ExitCodes.USAGE);
        }
        return compiled;
    }
}
