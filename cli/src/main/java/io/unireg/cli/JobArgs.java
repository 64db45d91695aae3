package io.unireg.cli;

import io.unireg.job.Job;
import io.unireg.job.JobError;
import io.unireg.job.JobException;
import io.unireg.job.JobLoader;
import io.unireg.run.Plan;
import io.unireg.run.PlanCompiler;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads and compiles a job for a command, printing every problem as {@code file:line:col: message}. */
final class JobArgs {

    private JobArgs() {
    }

    /** The compiled plan, or {@code null} after printing the errors (the caller exits 2). */
    static Plan compile(Path jobFile, PrintWriter err) {
        try {
            Job job = JobLoader.withSystemEnv().load(jobFile);
            return PlanCompiler.builtIn().compile(job);
        } catch (JobException e) {
            for (JobError error : e.errors()) {
                err.println(error);
            }
            err.println("unireg: " + e.errors().size() + (e.errors().size() == 1 ? " problem" : " problems")
                    + " in " + jobFile);
            return null;
        }
    }

    /**
     * The compiled plan of a job that must have a {@code dedupe:} section, or {@code null} after
     * printing why not (the caller exits 2).
     */
    static Plan compileDedupe(Path jobFile, PrintWriter err, String command, String without) {
        Plan plan = compile(jobFile, err);
        if (plan != null && !plan.dedupes()) {
            err.println("unireg: " + command + ": " + jobFile + " has no dedupe: section" + without);
            return null;
        }
        return plan;
    }
}
