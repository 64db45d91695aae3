package io.unireg.cli;

import io.unireg.match.MatchRecord;
import io.unireg.match.MatchSettings;
import io.unireg.match.ParametersFile;
import io.unireg.match.TrainedParameters;
import io.unireg.match.memory.InMemoryMatcher;
import io.unireg.run.ExitCodes;
import io.unireg.run.JobRunner;
import io.unireg.run.Plan;
import io.unireg.run.Progress;
import io.unireg.run.RunFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Estimate the dedupe model's parameters (m by EM, u from random pairs, the prior) on the job's data "
                + "and write them to a file the job can pin with 'parameters:', so nightly runs score identically."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job file (YAML) with a dedupe: section.")
    Path job;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (.yaml/.yml: YAML, else JSON; default: JOBNAME.params.yaml beside the job file).")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N rows from each source.")
    long limit;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JobArgs.Compiled compiled = JobArgs.compileDedupe(job, err, "train", "; there is no model to train");
        if (compiled.plan() == null) {
            return compiled.exitCode();
        }
        Plan plan = compiled.plan();
        Path target = out != null ? out : plan.job().baseDir().resolve(plan.job().name() + ".params.yaml");
        try {
            List<MatchRecord> records = JobRunner.builtIn().collect(plan, limit, Progress.none());
            MatchSettings settings = plan.dedupe().settings();
            TrainedParameters trained = new InMemoryMatcher().train(settings, records);
            ParametersFile.write(trained, target);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(java.util.Locale.ROOT, "trained on %,d records: prior match probability %.6f, %d compared fields%n",
                    records.size(), trained.matchPrior(), trained.fields().size());
            o.println("wrote " + target);
            o.println("pin it in the job: dedupe: {parameters: " + relative(plan.job().baseDir(), target) + "}");
            return ExitCodes.OK;
        } catch (RunFailure e) {
            err.println("unireg: train: " + e.getMessage());
            return e.exitCode();
        } catch (IOException e) {
            err.println("unireg: train: cannot write " + target + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }
}
