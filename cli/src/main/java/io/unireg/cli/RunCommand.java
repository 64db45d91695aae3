package io.unireg.cli;

import io.unireg.report.ReportOptions;
import io.unireg.dedupe.DedupeSummary;
import io.unireg.run.ExitCodes;
import io.unireg.run.GateResult;
import io.unireg.run.JobRunner;
import io.unireg.run.Plan;
import io.unireg.run.Progress;
import io.unireg.run.RunFailure;
import io.unireg.run.RunLock;
import io.unireg.run.RunSummary;
import io.unireg.run.SourceSummary;
import io.unireg.run.StateFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job: read the sources, normalise, validate, write records, links, rejects, reports and manifest.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job file (YAML).")
    Path job;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<job>).")
    Path out;

    @Option(names = "--state", paramLabel = "DIR", description = "The job's state folder: last good run, stable ids (default: state/<job>).")
    Path state;

    @Option(names = "--allow-empty", description = "Let a source that read rows last time read none now (its records count as deleted).")
    boolean allowEmpty;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N rows from each source.")
    long limit;

    @Option(names = "--dry-run", description = "Read, map and validate everything; print the figures, write nothing.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; only errors and the summary line.")
    boolean quiet;

    @Mixin
    ReportArgs reportArgs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (limit < 0) {
            err.println("unireg: --limit must be a positive number");
            return ExitCodes.USAGE;
        }
        ReportOptions reportOptions = reportArgs.options(err);
        if (reportOptions == null) {
            return ExitCodes.USAGE;
        }
        Plan plan = JobArgs.compile(job, err);
        if (plan == null) {
            return ExitCodes.USAGE;
        }
        Path outDir = out != null ? out : Path.of("out", plan.job().name());
        Progress progress = quiet ? Progress.none() : Progress.to(System.err, System.console() != null);
        long t0 = System.nanoTime();
        RunSummary summary;
        try {
            summary = JobRunner.builtIn().withState(StateFolder.of(state, plan.job().name()), allowEmpty).run(plan, new JobRunner.Options(outDir, limit, dryRun, progress, Clock.systemUTC(), reportOptions));
        } catch (RunFailure e) {
            for (String line : e.getMessage().split("\n")) {
                err.println("unireg: " + plan.job().name() + ": " + (e.exitCode() == ExitCodes.USAGE ? "" : "failed: ") + line);
            }
            return e.exitCode();
        } catch (RunLock.Held e) {
            err.println("unireg: " + plan.job().name() + ": " + e.getMessage());
            return ExitCodes.LOCKED;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (dryRun) {
            printFigures(stdout, summary);
        }
        for (GateResult gate : summary.gates()) {
            if (!gate.passed()) {
                err.println("unireg: quality gate " + gate.gate() + " failed: " + gate.actual() + " (limit " + gate.limit() + ")");
            }
        }
        for (SourceSummary src : summary.sources()) {
            src.skipped().forEach((reason, n) -> {
                if (n > 0) {
                    err.println("unireg: source " + src.id() + ": skipped " + n + " " + reason + " rows (not counted as read)");
                }
            });
        }
        if (summary.dedupe() != null) {
            for (String problem : summary.dedupe().decisionsProblems()) {
                err.println("unireg: review decisions: " + problem);
            }
        }
        err.println(summaryLine(summary, dryRun ? null : outDir, seconds));
        return summary.exitCode();
    }

    /** The one line a scheduler greps for: status, counts, where, how long. */
    static String summaryLine(RunSummary s, Path outDir, double seconds) {
        long read = s.rowsRead();
        long rejected = s.rowsRejected();
        String status = s.exitCode() == ExitCodes.OK ? "ok" : "quality-gate-failed";
        return String.format(Locale.ROOT, "unireg: %s: %s — read %d rows, rejected %d (%.1f%%), %s %d records%s in %s",
                s.job(), status, read, rejected, read == 0 ? 0.0 : 100.0 * rejected / read,
                outDir == null ? "would write" : "wrote", s.recordsWritten(),
                outDir == null ? "" : " to " + outDir, formatDuration(seconds)) + dedupePart(s.dedupe());
    }

    /** The dedupe figures a scheduler log needs: merged rows, clusters, pairs waiting for a clerk. */
    static String dedupePart(DedupeSummary d) {
        if (d == null) {
            return "";
        }
        return String.format(Locale.ROOT, "; dedupe: %d rows → %d golden records (%d duplicates merged, %d pairs to review%s%s)",
                d.records(), d.clusters(), d.duplicatesMerged(), d.reviewPairs(),
                d.splits() == 0 ? "" : ", " + d.splits() + " chains split",
                d.decisionsRead() == 0 ? "" : ", " + (d.mustLinkApplied() + d.cannotLinkApplied()) + " clerk decisions applied");
    }

    private static String formatDuration(double seconds) {
        return seconds < 60 ? String.format(Locale.ROOT, "%.1fs", seconds)
                : Duration.ofMillis((long) (seconds * 1000)).toString().substring(2).toLowerCase(Locale.ROOT);
    }

    private static void printFigures(PrintWriter out, RunSummary s) {
        out.printf(Locale.ROOT, "job %s (dry run)%n", s.job());
        for (SourceSummary src : s.sources()) {
            out.printf(Locale.ROOT, "source %-16s read %,10d  rejected %,8d  bad rows %,6d  values dropped %,6d  accepted %,10d%n",
                    src.id(), src.rowsRead(), src.rowsRejected(), src.badRows(), src.valuesDropped(), src.rowsAccepted());
            src.skipped().forEach((reason, n) -> out.printf(Locale.ROOT, "source %-16s skipped %,d %s rows%n", src.id(), n, reason));
        }
        out.printf(Locale.ROOT, "records %,d, reject rows %,d%n", s.recordsWritten(), s.rejectRows());
        if (s.dedupe() != null) {
            DedupeSummary d = s.dedupe();
            for (DedupeSummary.RuleFigures r : d.rules()) {
                out.printf(Locale.ROOT, "blocking %-40s candidate pairs %,12d  compared %,12d%n", r.rule(), r.candidatePairs(), r.comparedPairs());
            }
            out.printf(Locale.ROOT, "pairs compared %,d: match %,d, review %,d; clusters %,d (%,d with duplicates), duplicates merged %,d, chains split %,d%n",
                    d.comparedPairs(), d.matchPairs(), d.reviewPairs(), d.clusters(), d.duplicateClusters(), d.duplicatesMerged(), d.splits());
        }
        for (GateResult g : s.gates()) {
            out.printf(Locale.ROOT, "gate %s: %s (limit %s) %s%n", g.gate(), g.actual(), g.limit(), g.passed() ? "passed" : "FAILED");
        }
    }
}
