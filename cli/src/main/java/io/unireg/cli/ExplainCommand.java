package io.unireg.cli;

import io.unireg.dedupe.DedupeRefused;
import io.unireg.dedupe.DedupeStage;
import io.unireg.dedupe.Explanation;
import io.unireg.match.MatchRecord;
import io.unireg.match.RecordRef;
import io.unireg.run.ExitCodes;
import io.unireg.run.JobRunner;
import io.unireg.run.Plan;
import io.unireg.run.Progress;
import io.unireg.run.RunFailure;
import picocli.CommandLine.ArgGroup;
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

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain the dedupe model's verdicts: --pair A B prints each field's values, level and weight "
                + "and the running total as a waterfall; --record A lists A's cluster and the links that hold each member in it.",
                "Records are named source:key, e.g. residents:123."})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job file (YAML) with a dedupe: section.")
    Path job;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--pair", arity = "2", paramLabel = "SOURCE:KEY", description = "Two records to compare.")
        List<String> pair;

        @Option(names = "--record", paramLabel = "SOURCE:KEY", description = "A record whose cluster to explain.")
        String record;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JobArgs.Compiled compiled = JobArgs.compileDedupe(job, err, "explain", "");
        if (compiled.plan() == null) {
            return compiled.exitCode();
        }
        Plan plan = compiled.plan();
        List<String> named = target.pair != null ? target.pair : List.of(target.record);
        RecordRef[] refs = new RecordRef[named.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = RecordRef.parse(named.get(i));
            if (refs[i] == null) {
                err.println("unireg: explain: '" + named.get(i) + "' is not source:key (e.g. residents:123)");
                return ExitCodes.USAGE;
            }
        }
        try {
            List<MatchRecord> records = JobRunner.builtIn().collect(plan, 0, Progress.none());
            DedupeStage.Outcome outcome = new DedupeStage(plan.dedupe(), plan.job().sourceIds()).run(records);
            Explanation explanation = new Explanation(records, outcome.result());
            int[] ids = new int[refs.length];
            for (int i = 0; i < refs.length; i++) {
                Integer id = explanation.find(refs[i]).orElse(null);
                if (id == null) {
                    err.println("unireg: explain: no accepted row " + refs[i] + " (unknown source or key, or the row was rejected: see rejects.csv)");
                    return ExitCodes.USAGE;
                }
                ids[i] = id;
            }
            spec.commandLine().getOut().print(ids.length == 2 ? explanation.pair(ids[0], ids[1]) : explanation.record(ids[0]));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (RunFailure e) {
            err.println("unireg: explain: " + e.getMessage());
            return e.exitCode();
        } catch (DedupeRefused e) {
            e.lines().forEach(l -> err.println("unireg: explain: " + l));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("unireg: explain: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
