package io.unireg.cli;

import io.unireg.report.ReportOptions;
import io.unireg.dedupe.DedupeSummary;
import io.unireg.reconcile.ReconcileSummary;
import io.unireg.run.ExitCodes;
import io.unireg.run.GateResult;
import io.unireg.run.JobRunner;
import io.unireg.run.Plan;
import io.unireg.run.Progress;
import io.unireg.run.RunFailure;
import io.unireg.run.RunFolders;
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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a job: read the sources, normalise, validate, write records, links, rejects, reports and manifest.",
                "Each run writes DIR/runs/<timestamp>/; DIR/latest points to the last run that succeeded."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job file (YAML).")
    Path job;

    @Option(names = "--out", paramLabel = "DIR", description = "The job's output folder (default: out/<job>): runs/<timestamp>/ and latest.")
    Path out;

    @Option(names = "--state", paramLabel = "DIR", description = "The job's state folder (default: state/<job>): the run lock, the last good run, stable ids.")
    Path state;

    @Option(names = "--no-state", description = "Neither read nor advance the job's state store: no changes.csv, ids not kept across runs,"
            + " no zero-row guard (one-off conversions); the run lock is still taken.")
    boolean noState;

    @Option(names = "--full-read", description = "Read sources with an incremental column whole, not from the last good run's"
            + " watermark: notices rows deleted outright at the source and rebuilds their row caches (e.g. weekly).")
    boolean fullRead;

    @Option(names = "--allow-empty", description = "Let a source that read rows last time read none now (its records count as deleted).")
    boolean allowEmpty;

    // Boxed: absent means "all" (every run kept, every row read); a 0 given on purpose is refused rather
    // than read as "all", which is what it would silently mean as a primitive default.
    @Option(names = "--keep", paramLabel = "N", description = "Keep the newest N run folders (and always the one 'latest' points to); default: all.")
    Integer keep;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N rows from each source.")
    Long limit;

    @Option(names = "--dry-run", description = "Read, map and validate everything; print the figures, write nothing.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "No progress; only warnings, errors and the summary line on stderr.")
    boolean quiet;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default): 'unireg: …' lines; json: one JSON object a line, the last one the summary.")
    RunLog.Format logFormat;

    @Option(names = "--log-file", paramLabel = "FILE", description = "Append every log line to FILE as well (with a timestamp in text format).")
    Path logFile;

    @Mixin
    ReportArgs reportArgs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunLog log;
        try {
            log = RunLog.open(err, logFormat, logFile, quiet, Clock.systemUTC(), jobNameGuess());
        } catch (IOException e) {
            err.println("unireg: --log-file " + logFile + ": cannot open: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (log) {
            return execute(log);
        }
    }

    private Integer execute(RunLog log) {
        if (limit != null && limit < 1) {
            return usage(log, ExitCodes.USAGE, "unireg: --limit must be a positive number, found " + limit);
        }
        if (out != null && out.toString().isBlank()) {
            // Path.of("") is the current folder: runs/ and latest would land wherever the command was started.
            return usage(log, ExitCodes.USAGE, "unireg: --out is empty; give the job's output folder");
        }
        if (keep != null && keep < 1) {
            return usage(log, ExitCodes.USAGE, "unireg: --keep must be a positive number, found " + keep);
        }
        StringWriter problems = new StringWriter();
        ReportOptions reportOptions = reportArgs.options(new PrintWriter(problems, true));
        if (reportOptions == null) {
            return usage(log, ExitCodes.USAGE, problems.toString().strip().split("\n"));
        }
        JobArgs.Compiled compiled = JobArgs.compile(job, new PrintWriter(problems, true));
        if (compiled.plan() == null) {
            return usage(log, compiled.exitCode(), problems.toString().strip().split("\n"));
        }
        Plan plan = compiled.plan();
        String name = plan.job().name();
        log.job(name);
        Path outDir = out != null ? out : Path.of("out", name);
        Progress progress = quiet ? Progress.none()
                : System.console() != null && logFormat == RunLog.Format.text ? Progress.to(System.err, true)
                : Progress.toLog(line -> log.info("progress", line));
        long t0 = System.nanoTime();
        if (dryRun) {
            try {
                RunSummary summary = runner(plan).run(plan, options(outDir, progress, reportOptions));
                printFigures(spec.commandLine().getOut(), summary);
                return finish(log, summary, null, t0);
            } catch (RunFailure e) {
                return failed(log, name, e.getMessage(), e.exitCode(), null, t0);
            }
        }
        Instant started = Instant.now();
        SignalStop stop = SignalStop.install();
        int exit = ExitCodes.FAILED;
        try (RunLock lock = RunLock.acquire(StateFolder.of(state, name).lockFile(), name, started)) {
            lock.warning().ifPresent(w -> log.warn("stale-lock", name + ": " + w));
            exit = locked(log, plan, outDir, progress, reportOptions, started, t0, stop, lock);
        } catch (RunLock.Held e) {
            log.summary("locked", ExitCodes.LOCKED, null, null, null, null, null, "unireg: " + name + ": locked — " + e.getMessage());
            exit = ExitCodes.LOCKED;
        } catch (IOException e) {
            exit = failed(log, name, "cannot lock " + StateFolder.of(state, name).lockFile() + ": " + e.getMessage(), ExitCodes.FAILED, null, t0);
        } finally {
            // Last, with the lock released and old runs pruned: a signal that came meanwhile exits with this code.
            stop.close(exit);
        }
        return exit;
    }

    /** The run proper, holding the job's lock: a new run folder, the run, then publish, mark or prune. */
    private int locked(RunLog log, Plan plan, Path outDir, Progress progress, ReportOptions reportOptions,
                       Instant started, long t0, SignalStop stop, RunLock lock) {
        String name = plan.job().name();
        RunFolders folders = RunFolders.of(outDir);
        Path run;
        try {
            for (Path killed : folders.markKilled()) {
                log.warn("killed-run", name + ": run " + killed + " ended without finishing (killed?); marked killed in its failed.json");
            }
            run = folders.create(started);
        } catch (IOException e) {
            return failed(log, name, outDir + ": cannot create the run folder: " + e.getMessage(), ExitCodes.FAILED, null, t0);
        }
        int exit;
        Path runDir = run;
        stop.onStop(() -> stopped(log, folders, runDir, started, name, t0, lock));
        try {
            RunSummary summary = runner(plan).run(plan, options(run, progress, reportOptions, stop));
            if (summary.publishes()) {
                folders.publish(run);
            }
            exit = finish(log, summary, run, t0);
        } catch (RunFailure e) {
            awaitHaltIfStopped(stop);
            markFailed(log, folders, run, started, e.exitCode(), e.getMessage());
            exit = failed(log, name, e.getMessage(), e.exitCode(), run, t0);
        } catch (IOException e) {
            awaitHaltIfStopped(stop);
            String message = outDir + ": cannot point 'latest' at the new run: " + e.getMessage();
            markFailed(log, folders, run, started, ExitCodes.FAILED, message);
            exit = failed(log, name, message, ExitCodes.FAILED, run, t0);
        } catch (RuntimeException e) {
            awaitHaltIfStopped(stop);
            markFailed(log, folders, run, started, ExitCodes.FAILED, "internal error: " + e);
            throw e;
        } catch (OutOfMemoryError e) {
            awaitHaltIfStopped(stop);
            // The run's records are unreachable by now, so there is heap enough to say so properly.
            String message = Main.outOfMemory();
            markFailed(log, folders, run, started, ExitCodes.FAILED, message);
            exit = failed(log, name, message, ExitCodes.FAILED, run, t0);
        }
        if (keep != null) {
            try {
                for (Path pruned : folders.prune(keep, run)) {
                    log.info("pruned", name + ": removed old run " + pruned + " (--keep " + keep + ")");
                }
            } catch (IOException e) {
                // the run itself is done; an old folder left over is removed by the next prune
                log.warn("pruned", name + ": --keep " + keep + ": cannot remove an old run: " + e.getMessage());
            }
        }
        return exit;
    }

    /**
     * A signal stopped the run before it committed (on the shutdown hook's thread; see {@link SignalStop}):
     * its staging folder removed, failed.json saying {@code stopped}, the job's lock released, the one
     * failed line, then exit 1 at once: what is left of the run (its threads are still going) must print
     * nothing after that line.
     */
    private static void stopped(RunLog log, RunFolders folders, Path run, Instant started, String name, long t0, RunLock lock) {
        String message = "stopped: the process was asked to end (SIGTERM or Ctrl-C) before anything was committed;"
                + " the last good run is untouched";
        try {
            folders.markStopped(run, started, message);
        } catch (IOException e) {
            log.warn("failed", "cannot write " + run.resolve(RunFolders.FAILED) + ": " + e.getMessage());
        }
        try {
            lock.close(); // the run's threads are stopped or parked; none of them touches the lock again
        } catch (IOException e) {
            // the process ends now, which releases the lock as well; the next run finds the holder gone
        }
        failed(log, name, message, ExitCodes.FAILED, run, t0);
        Runtime.getRuntime().halt(ExitCodes.FAILED);
    }

    /** The run's own failure after a signal stopped it is a consequence, not news: the hook reports and ends the process. */
    private static void awaitHaltIfStopped(SignalStop stop) {
        while (stop.stopped()) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** failed.json for history; when even that cannot be written the next run marks the folder killed. */
    private static void markFailed(RunLog log, RunFolders folders, Path run, Instant started, int exitCode, String message) {
        try {
            folders.markFailed(run, started, Instant.now(), exitCode, "failed", message);
        } catch (IOException e) {
            log.warn("failed", "cannot write " + run.resolve(RunFolders.FAILED) + ": " + e.getMessage());
        }
    }

    private JobRunner.Options options(Path dir, Progress progress, ReportOptions reportOptions) {
        return options(dir, progress, reportOptions, null);
    }

    private JobRunner.Options options(Path dir, Progress progress, ReportOptions reportOptions, SignalStop stop) {
        return new JobRunner.Options(dir, limit == null ? 0 : limit, dryRun, progress, Clock.systemUTC(), reportOptions,
                stop == null ? null : stop::mayCommit);
    }

    /** The warnings of a finished run, then its summary line; returns its exit code (0 or 3). */
    private int finish(RunLog log, RunSummary summary, Path runDir, long t0) {
        for (GateResult gate : summary.gates()) {
            if (!gate.passed()) {
                log.error("quality-gate", "quality gate " + gate.gate() + " failed: " + gate.actual() + " (limit " + gate.limit() + ")");
            }
        }
        for (SourceSummary src : summary.sources()) {
            src.skipped().forEach((reason, n) -> {
                if (n > 0) {
                    log.warn("skipped-rows", "source " + src.id() + ": skipped " + n + " " + reason + " rows (not counted as read)");
                }
            });
        }
        if (summary.dedupe() != null) {
            for (String problem : summary.dedupe().decisionsProblems()) {
                log.warn("review-decisions", "review decisions: " + problem);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        log.summary(summary.exitCode() == ExitCodes.OK ? "ok" : "quality-gate-failed", summary.exitCode(),
                summary.rowsRead(), summary.rowsRejected(), summary.recordsWritten(), runDir, seconds,
                summaryLine(summary, runDir, seconds));
        return summary.exitCode();
    }

    /** A failed run: one {@code unireg: JOB: failed: …} line per line of the message (the last is the summary). */
    private static int failed(RunLog log, String name, String message, int exitCode, Path runDir, long t0) {
        String[] lines = message.split("\n");
        String prefix = name + ": " + (exitCode == ExitCodes.USAGE ? "" : "failed: ");
        for (int i = 0; i < lines.length - 1; i++) {
            log.error("failed", prefix + lines[i]);
        }
        log.summary("failed", exitCode, null, null, null, runDir, (System.nanoTime() - t0) / 1e9,
                "unireg: " + prefix + lines[lines.length - 1]);
        return exitCode;
    }

    /** Problems found before the run started, as printed (exit 2; 1 when a source could not be read). */
    private int usage(RunLog log, int exitCode, String... lines) {
        String event = exitCode == ExitCodes.USAGE ? "usage" : "failed";
        for (int i = 0; i < lines.length - 1; i++) {
            log.raw(RunLog.Level.error, event, lines[i]);
        }
        String last = lines[lines.length - 1];
        if (log.format() == RunLog.Format.text) {
            log.raw(RunLog.Level.error, event, last);
        } else {
            log.summary(exitCode == ExitCodes.USAGE ? "usage-error" : "failed", exitCode, null, null, null, null, null, last);
        }
        return exitCode;
    }

    /** The job's name before the job file is read (its file name), for log lines about the file itself. */
    private String jobNameGuess() {
        String file = job == null ? "" : String.valueOf(job.getFileName());
        return file.replaceFirst("\\.ya?ml$", "");
    }

    private JobRunner runner(Plan plan) {
        JobRunner runner = JobRunner.builtIn();
        return noState ? runner : runner.withState(StateFolder.of(state, plan.job().name()), allowEmpty).withFullRead(fullRead);
    }

    /** The one line a scheduler greps for: status, counts, where, how long. */
    static String summaryLine(RunSummary s, Path outDir, double seconds) {
        long read = s.rowsRead();
        long rejected = s.rowsRejected();
        String status = s.exitCode() == ExitCodes.OK ? "ok" : "quality-gate-failed";
        return String.format(Locale.ROOT, "unireg: %s: %s — read %d rows, rejected %d (%.1f%%), %s %d records%s in %s",
                s.job(), status, read, rejected, read == 0 ? 0.0 : 100.0 * rejected / read,
                outDir == null ? "would write" : "wrote", s.recordsWritten(),
                outDir == null ? "" : " to " + outDir, formatDuration(seconds)) + dedupePart(s.dedupe())
                + reconcilePart(s.reconcile());
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

    /** Every status's count, in the order reconciliation.csv documents them. */
    static String reconcilePart(ReconcileSummary r) {
        if (r == null) {
            return "";
        }
        StringBuilder s = new StringBuilder("; reconcile: ");
        boolean first = true;
        for (Map.Entry<String, Long> e : r.statuses().entrySet()) {
            s.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            first = false;
        }
        return s.toString();
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
        if (s.reconcile() != null) {
            ReconcileSummary r = s.reconcile();
            out.printf(Locale.ROOT, "reconcile against %s: read %,d, rejected %,d, state records %,d%n", r.against(),
                    r.rowsRead(), r.rowsRejected(), r.stateRecords());
            r.statuses().forEach((status, n) -> out.printf(Locale.ROOT, "reconcile %-26s %,10d%n", status, n));
            out.printf(Locale.ROOT, "reconcile state updates %,d, local updates %,d%n", r.stateUpdates(), r.localUpdates());
        }
        for (GateResult g : s.gates()) {
            out.printf(Locale.ROOT, "gate %s: %s (limit %s) %s%n", g.gate(), g.actual(), g.limit(), g.passed() ? "passed" : "FAILED");
        }
    }
}
