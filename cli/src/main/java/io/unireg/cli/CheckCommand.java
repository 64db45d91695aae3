package io.unireg.cli;

import io.unireg.run.ExitCodes;
import io.unireg.run.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a job file, its schema, functions and sources (every named column must exist). Writes nothing.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job file (YAML).")
    Path job;

    @Override
    public Integer call() {
        JobArgs.Compiled compiled = JobArgs.compile(job, spec.commandLine().getErr());
        if (compiled.plan() == null) {
            return compiled.exitCode();
        }
        Plan plan = compiled.plan();
        long mapped = plan.fields().stream().filter(f -> f.spec() != null).count();
        spec.commandLine().getOut().printf("ok: job %s — %d source(s), %d of %d fields of schema %s mapped, %d output(s)%n",
                plan.job().name(), plan.sources().size(), mapped, plan.schema().fields().size(), plan.schema().name(),
                plan.outputs().size());
        if (plan.dedupes()) {
            var settings = plan.dedupe().settings();
            spec.commandLine().getOut().printf("dedupe: %s mode, %d blocking rule(s), %d compared field(s), thresholds match %s review %s%s%s%n",
                    settings.mode().name().toLowerCase(java.util.Locale.ROOT), settings.blocking().size(),
                    settings.comparisons().size(), settings.thresholds().match(), settings.thresholds().review(),
                    settings.parameters().map(p -> ", pinned parameters " + p).orElse(""),
                    plan.dedupe().decisions() == null ? "" : ", review decisions " + plan.dedupe().decisions());
        }
        if (plan.reconciles()) {
            var r = plan.reconcile().rules();
            java.util.function.Function<int[], String> names = idx -> java.util.Arrays.stream(idx)
                    .mapToObj(r.fields()::get).collect(java.util.stream.Collectors.joining(", "));
            long stateMapped = plan.reconcile().fields().stream().filter(f -> f.spec() != null).count();
            spec.commandLine().getOut().printf("reconcile: against %s (%s), %d field(s) mapped, keys [%s], %d compared field(s)%s%n",
                    r.againstId(), plan.reconcile().against().spec().type(), stateMapped, names.apply(r.keys()),
                    r.compare().length, r.links() ? ", link mode with " + r.link().blocking().size() + " blocking rule(s)" : "");
        }
        return ExitCodes.OK;
    }
}
