package io.unireg.run;

import io.unireg.dedupe.DedupeStage;
import io.unireg.dedupe.DedupeSummary;
import io.unireg.reconcile.LocalRecord;
import io.unireg.reconcile.ReconcileSummary;
import io.unireg.dedupe.RecordCollector;
import io.unireg.job.OutputSpec;
import io.unireg.report.ReportException;
import io.unireg.report.ReportOptions;
import io.unireg.report.ReportReader;
import io.unireg.report.ReportXlsx;
import io.unireg.report.RunTallies;
import io.unireg.report.Reports;
import io.unireg.match.MatchRecord;
import io.unireg.sink.CsvSink;
import io.unireg.sink.OpenSinks;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import io.unireg.sink.SinkFactories;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;
import io.unireg.source.csv.MalformedCsvException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a compiled plan end to end: stage outputs, stream the pipeline, evaluate gates, write the
 * manifest, then move everything into place. The exit code is decided here, printed by the CLI.
 */
public final class JobRunner {

    /**
     * How to run: where outputs go, a row limit per source, a dry run, progress display, the reports'
     * language and masking, and {@code mayCommit}: asked once, just before the run commits (database
     * transactions, then its files); {@code false} (a signal stopped the run meanwhile) fails it instead.
     */
    public record Options(Path outDir, long limit, boolean dryRun, Progress progress, Clock clock, ReportOptions report,
                          BooleanSupplier mayCommit) {
        public Options {
            if (limit <= 0) {
                limit = Long.MAX_VALUE;
            }
            if (report == null) {
                report = ReportOptions.DEFAULT;
            }
            if (mayCommit == null) {
                mayCommit = () -> true;
            }
        }

        public Options(Path outDir, long limit, boolean dryRun, Progress progress, Clock clock, ReportOptions report) {
            this(outDir, limit, dryRun, progress, clock, report, null);
        }

        public Options(Path outDir, long limit, boolean dryRun, Progress progress, Clock clock) {
            this(outDir, limit, dryRun, progress, clock, ReportOptions.DEFAULT);
        }
    }

    public static final String REJECTS = "rejects.csv";
    public static final String LINKS = "links.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String REVIEW_CSV = "review.csv";
    public static final String REVIEW_XLSX = "review.xlsx";

    private final SourceOpeners openers;
    private final SinkFactories sinks;
    private final StateFolder state;
    private final boolean allowEmpty;
    private final boolean fullRead;

    public JobRunner(SourceOpeners openers, SinkFactories sinks) {
        this(openers, sinks, null, false, false);
    }

    private JobRunner(SourceOpeners openers, SinkFactories sinks, StateFolder state, boolean allowEmpty, boolean fullRead) {
        this.openers = openers;
        this.sinks = sinks;
        this.state = state;
        this.allowEmpty = allowEmpty;
        this.fullRead = fullRead;
    }

    /**
     * The same runner keeping the job's state in {@code state}: changes.csv against the last good run,
     * stable ids, incremental outputs, the zero-row guard ({@code allowEmpty} lifts it). A run with a
     * row limit or a dry run neither reads nor advances the state.
     */
    public JobRunner withState(StateFolder state, boolean allowEmpty) {
        return new JobRunner(openers, sinks, state, allowEmpty, fullRead);
    }

    /**
     * The same runner reading sources with a change column ({@code incremental:}) whole: rows deleted
     * outright at the source are noticed, and their row caches start afresh.
     */
    public JobRunner withFullRead(boolean fullRead) {
        return new JobRunner(openers, sinks, state, allowEmpty, fullRead);
    }

    public static JobRunner builtIn() {
        return new JobRunner(SourceOpeners.builtIn(), SinkFactories.builtIn());
    }

    /**
     * Runs the plan into exactly {@code options.outDir()}. The caller holds the job's {@link RunLock}
     * and chose the run folder ({@link RunFolders}); this level knows neither.
     */
    public RunSummary run(Plan plan, Options options) throws RunFailure {
        Instant started = options.clock().instant();
        if (options.dryRun()) {
            return dryRun(plan, options, started);
        }
        return writeRun(plan, options, started);
    }

    /**
     * Reads, maps and validates every source and returns the accepted rows as match records, writing
     * nothing: what {@code unireg train} and {@code unireg explain} work on.
     */
    public List<MatchRecord> collect(Plan plan, long limit, Progress progress) throws RunFailure {
        RecordCollector collector = new RecordCollector(plan.fields().size());
        Pipeline.Output none = Pipeline.Output.discarding();
        runPipeline(new Pipeline(plan, openers, progress, limit <= 0 ? Long.MAX_VALUE : limit),
                new Deduplication.Collecting(none, collector, plan.fields().size()), Map.of());
        return collector.records();
    }

    private RunSummary dryRun(Plan plan, Options options, Instant started) throws RunFailure {
        Map<String, Path> hashing = hashInputs(plan);
        Pipeline pipeline = new Pipeline(plan, openers, options.progress(), options.limit());
        long[] counts = new long[2];
        RecordCollector collector = plan.dedupes() || plan.reconciles() ? new RecordCollector(plan.fields().size()) : null;
        Pipeline.Output counting = new Pipeline.Output() {
            @Override
            public void record(String[] values) {
                counts[0]++;
            }

            @Override
            public void link(String[] values) {
            }

            @Override
            public void reject(Reject reject) {
                counts[1]++;
            }
        };
        List<SourceSummary> sources = runPipeline(pipeline, collector == null ? counting
                : new Deduplication.Collecting(counting, collector, plan.fields().size()), hashing);
        DedupeSummary dedupe = null;
        List<LocalRecord> golden = null;
        if (plan.dedupes()) {
            DedupeStage.Outcome outcome = Deduplication.match(plan, collector);
            dedupe = outcome.summary();
            counts[0] = dedupe.clusters();
            golden = plan.reconciles() ? Deduplication.goldenRecords(plan, outcome) : null;
        } else if (collector != null) {
            counts[0] = collector.size();
            golden = Reconciliation.rowsAsRecords(collector);
        }
        ReconcileSummary reconcile = null;
        if (plan.reconciles()) {
            Reconciliation.Classified classified = Reconciliation.classify(plan, golden, openers, options.progress(),
                    options.limit(), r -> counts[1]++);
            reconcile = Reconciliation.counted(plan, classified);
        }
        return summarise(plan, sources, counts[0], counts[1], List.of(), dedupe, reconcile, started, options);
    }

    private RunSummary writeRun(Plan plan, Options options, Instant started) throws RunFailure {
        RunTallies tallies = new RunTallies(options.report(), new ReportXlsx(options.report()));
        try {
            return writeRun(plan, options, started, tallies);
        } finally {
            tallies.discard();
        }
    }

    private RunSummary writeRun(Plan plan, Options options, Instant started, RunTallies tallies) throws RunFailure {
        Map<String, Path> hashing = hashInputs(plan);
        OutputFolder folder;
        try {
            folder = OutputFolder.prepare(options.outDir());
        } catch (IOException e) {
            throw new RunFailure(options.outDir() + ": cannot create the output folder: " + e.getMessage(), e);
        }
        try {
            Incremental incremental = state == null || options.limit() != Long.MAX_VALUE ? null
                    : Incremental.open(state, allowEmpty, plan);
            ChangeFeeds feeds = incremental == null ? ChangeFeeds.none(openers)
                    : incremental.feeds(openers, fullRead, started, plan);
            Pipeline pipeline = new Pipeline(plan, openers, options.progress(), options.limit(), feeds);
            RunSummary summary = write(plan, pipeline, folder, hashing, started, options, tallies, incremental);
            summary = withReports(summary, folder.staging(), options.report(), tallies, options.clock());
            folder.commit();
            if (incremental != null && (summary.exitCode() == ExitCodes.OK
                    || plan.job().quality().advanceStateOnGateFailure())) {
                incremental.advance(summary, options.outDir().resolve(MANIFEST), feeds);
                summary = summary.withStateAdvanced();
            }
            return summary;
        } catch (IOException | UncheckedIOException e) {
            folder.abandon();
            throw new RunFailure(options.outDir() + ": cannot write outputs: " + e.getMessage(), e);
        } catch (RunFailure | RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }

    private RunSummary write(Plan plan, Pipeline pipeline, OutputFolder folder,
                             Map<String, Path> hashing, Instant started, Options options,
                             RunTallies tallies, Incremental incremental) throws IOException, RunFailure {
        Path dir = folder.staging();
        List<String> columns = plan.recordColumns();
        // The record sinks in the order of plan.outputs(), by position: a map keyed by the output specs would
        // hash records (the job's locations and options), whose first hashCode links call sites at each start.
        List<RecordSink> records = new ArrayList<>();
        List<SourceSummary> sources;
        RecordSink rejects;
        RecordSink links;
        Deduplication.Written deduped = null;
        List<OutputFile> changeFiles = List.of();
        Reconciliation.Written reconciled = null;
        try (OpenSinks opened = new OpenSinks()) {
            for (OutputSpec spec : plan.outputs()) {
                records.add(opened.add(sinks.open(new SinkContext(spec, columns, plan.schema(), dir, plan.job().baseDir()))));
            }
            rejects = opened.add(new TalliedSink(new CsvSink(dir.resolve(REJECTS), Plan.REJECT_COLUMNS), tallies::reject));
            links = opened.add(new TalliedSink(new CsvSink(dir.resolve(LINKS), Plan.LINK_COLUMNS), tallies::link));
            RecordCollector collector = plan.dedupes() ? new RecordCollector(plan.fields().size()) : null;
            List<RecordSink> fed = incremental == null ? List.copyOf(records)
                    : List.of(incremental.sinks(List.copyOf(records), plan.dedupes()));
            // Without dedupe the reconcile stage still needs every accepted row once the sources are read.
            RecordCollector kept = !plan.dedupes() && plan.reconciles() ? new RecordCollector(plan.fields().size()) : null;
            // Deduping, records and links wait for the clusters: the writer takes only rejects meanwhile.
            WriterThread writer = new WriterThread(collector == null ? fed : List.of(), links, rejects);
            try {
                Pipeline.Output output = collector != null ? new Deduplication.Collecting(writer, collector, plan.fields().size())
                        : kept != null ? new Deduplication.Collecting(writer, kept, plan.fields().size(), true) : writer;
                sources = runPipeline(pipeline, output, hashing);
            } finally {
                closeWriter(writer);
            }
            if (incremental != null) {
                incremental.checkSources(sources);
            }
            List<LocalRecord> golden = plan.reconciles() ? new ArrayList<>() : null;
            if (collector != null) {
                deduped = Deduplication.write(plan, Deduplication.match(plan, collector), fed, links, dir, golden, incremental);
            } else if (kept != null) {
                golden = Reconciliation.rowsAsRecords(kept);
            }
            if (incremental != null) {
                changeFiles = incremental.finish(dir, List.copyOf(records),
                        plan.outputs().stream().anyMatch(o -> o.type().equals("ndjson")));
            }
            if (plan.reconciles()) {
                RecordSink rejectSink = rejects;
                Reconciliation.Classified classified = Reconciliation.classify(plan, golden, openers, options.progress(),
                        options.limit(), r -> {
                            try {
                                rejectSink.write(r.toRow());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                reconciled = Reconciliation.write(plan, classified, dir, sinks);
            }
            // Files complete, transactions commit; a failure here still aborts what is left. A signal
            // before this point stops the run with nothing committed; after it, the run finishes.
            if (!options.mayCommit().getAsBoolean()) {
                throw new RunFailure("stopped before anything was committed");
            }
            opened.commit();
        }
        List<OutputFile> outputs = new ArrayList<>();
        long recordCount = links.rows();
        for (int i = 0; i < records.size(); i++) {
            OutputSpec spec = plan.outputs().get(i);
            RecordSink sink = records.get(i);
            String path = sink.target() != null ? sink.target() : sinks.pathOf(spec);
            String sha = sinks.writesFile(spec) ? sha256(sink, dir.resolve(path)) : null;
            outputs.add(new OutputFile(path, sha, sink.rows()));
            if (!sink.changesOnly()) {
                // a mode: incremental output gets only the change set: the record count is a full output's
                recordCount = sink.rows();
            }
        }
        outputs.add(new OutputFile(LINKS, sha256(links, dir.resolve(LINKS)), links.rows()));
        outputs.add(new OutputFile(REJECTS, sha256(rejects, dir.resolve(REJECTS)), rejects.rows()));
        outputs.addAll(changeFiles);
        if (deduped != null) {
            outputs.addAll(deduped.reviewFiles());
            recordCount = deduped.records();
        }
        if (reconciled != null) {
            outputs.addAll(reconciled.files());
        }
        return summarise(plan, sources, recordCount, rejects.rows(), outputs, deduped == null ? null : deduped.summary(),
                reconciled == null ? null : reconciled.summary(), started, options);
    }

    /**
     * The reports are made from the staged files and a first manifest (the figures only the run
     * knows), then the manifest is written again listing them — so it covers every file of the run.
     */
    private static RunSummary withReports(RunSummary summary, Path dir, ReportOptions options, RunTallies tallies,
                                          Clock clock) throws IOException, RunFailure {
        Manifest.write(dir.resolve(MANIFEST), summary, ToolVersion.get());
        List<Path> reports;
        try {
            reports = Reports.write(ReportReader.read(dir, options, tallies), dir, dir, options, tallies.workbook());
        } catch (ReportException e) {
            throw new RunFailure("report: " + e.getMessage(), e);
        }
        List<OutputFile> outputs = new ArrayList<>(summary.outputs());
        for (Path report : reports) {
            outputs.add(new OutputFile(report.getFileName().toString(), Digests.sha256(report), 0));
        }
        RunSummary withReports = summary.withOutputs(List.copyOf(outputs));
        // finished_at stays the figures' time (the reports show it and re-render identically); completed_at adds the reports
        Manifest.write(dir.resolve(MANIFEST), withReports, ToolVersion.get(), clock.instant());
        return withReports;
    }

    private static String sha256(RecordSink sink, Path file) throws IOException {
        String known = sink.sha256();
        return known != null ? known : Digests.sha256(file);
    }

    private static void closeWriter(WriterThread writer) throws IOException, RunFailure {
        try {
            writer.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure("interrupted while writing outputs", e);
        }
    }

    private List<SourceSummary> runPipeline(Pipeline pipeline, Pipeline.Output output,
                                            Map<String, Path> hashing) throws RunFailure {
        // Hashed once the JIT has compiled the SHA-256 intrinsic for the outputs' hashes, not from the
        // first row: a first pass over a big input ran interpreted on a core the pipeline needed (measured:
        // about 2 CPU-seconds per 240 MB input). Started once the reader is through a file or Pipeline's
        // WARM_ROWS rows into it, whichever comes first: begun only at the end of a 1M-row file, the
        // hash (0.2 s) was the last thing the run waited for, on one core.
        Map<String, CompletableFuture<String>> hashes = new ConcurrentHashMap<>();
        Consumer<String> hash = id -> {
            Path path = hashing.get(id);
            if (path != null) {
                hashes.computeIfAbsent(id, k -> Digests.sha256Later(path));
            }
        };
        try {
            List<SourceSummary> sources = pipeline.run(output, hash);
            hashing.keySet().forEach(hash); // any file whose reader did not say it was through
            List<SourceSummary> withHashes = new ArrayList<>();
            for (SourceSummary s : sources) {
                CompletableFuture<String> h = hashes.get(s.id());
                withHashes.add(s.withSha256(h == null ? null : Digests.join(hashing.get(s.id()), h)));
            }
            return withHashes;
        } catch (RunFailure e) {
            throw e;
        } catch (SourceException | MalformedCsvException e) {
            // the input's own fault, named by file and line: not an I/O error
            throw new RunFailure(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new RunFailure("I/O error: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new RunFailure(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RunFailure(e.getMessage(), e);
        }
    }

    /** The inputs to hash for the manifest: every source read from a file, by id. */
    private static Map<String, Path> hashInputs(Plan plan) {
        Map<String, Path> files = new HashMap<>();
        for (SourcePlan source : plan.sources()) {
            Path path = source.spec().path();
            if (path != null) {
                files.put(source.id(), path);
            }
        }
        return files;
    }

    private static RunSummary summarise(Plan plan, List<SourceSummary> sources, long records, long rejectRows,
                                        List<OutputFile> outputs, DedupeSummary dedupe, ReconcileSummary reconcile,
                                        Instant started, Options options) {
        long read = sources.stream().mapToLong(SourceSummary::rowsRead).sum();
        long rejected = sources.stream().mapToLong(SourceSummary::rowsRejected).sum();
        List<GateResult> gates = QualityGates.evaluate(plan.job().quality(), read, rejected, records);
        int exit = gates.stream().allMatch(GateResult::passed) ? ExitCodes.OK : ExitCodes.QUALITY_GATE;
        return new RunSummary(plan.job().name(), plan.job().file().toString(), plan.job().sha256(), sources, records,
                rejectRows, gates, outputs, dedupe, reconcile, started, options.clock().instant(), exit, false);
    }
}
