package io.unireg.run;

import io.unireg.dedupe.RecordCollector;
import io.unireg.dedupe.StableId;
import io.unireg.job.OutputSpec;
import io.unireg.match.MatchRecord;
import io.unireg.reconcile.Classification;
import io.unireg.reconcile.LocalRecord;
import io.unireg.reconcile.ReconcileRefused;
import io.unireg.reconcile.ReconcileRows;
import io.unireg.reconcile.ReconcileSummary;
import io.unireg.reconcile.Reconciler;
import io.unireg.reconcile.ReconciliationStatus;
import io.unireg.reconcile.StateTable;
import io.unireg.sink.CsvSink;
import io.unireg.sink.OpenSinks;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import io.unireg.sink.SinkFactories;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The run's reconcile stage: reads the state extract through the same pipeline as the local sources
 * (its rejects go to rejects.csv under the against id), classifies every golden record against it, and
 * writes reconciliation.csv, the per-status record files and the two update files. Runs after dedupe,
 * on the golden records (or on every accepted row when the job does not dedupe).
 */
final class Reconciliation {

    static final String RECONCILIATION = "reconciliation.csv";
    static final String STATE_UPDATES = "state_updates.csv";
    static final String LOCAL_UPDATES = "local_updates.csv";
    static final String FOLDER = "reconciliation";
    /** Output types whose per-status files the stage writes (a database output has no per-status form). */
    private static final Set<String> FILE_TYPES = Set.of("csv", "xlsx", "ndjson");

    /** The classified run, before any file is written. */
    record Classified(List<LocalRecord> locals, StateTable state, Reconciler.Outcome outcome, SourceSummary against,
                      long millis) {
    }

    private Reconciliation() {
    }

    /** The golden records of a run without {@code dedupe:}: every accepted row, as records.* holds it. */
    static List<LocalRecord> rowsAsRecords(RecordCollector collector) {
        List<LocalRecord> locals = new ArrayList<>(collector.size());
        for (MatchRecord r : collector.records()) {
            String id = StableId.of(r.source(), r.key());
            locals.add(new LocalRecord(id, id, r.source() + ":" + r.key(), r.values(), List.of(r)));
        }
        return locals;
    }

    /**
     * Reads the state extract and classifies {@code locals} against it.
     *
     * @param rejects receives the state extract's rejects (source = the against id)
     */
    static Classified classify(Plan plan, List<LocalRecord> locals, SourceOpeners openers, Progress progress, long limit,
                               Consumer<Reject> rejects) throws RunFailure {
        long t0 = System.nanoTime();
        Plan stateSide = plan.stateSide();
        int fieldCount = plan.fields().size();
        StateTable table = new StateTable(fieldCount);
        Pipeline.Output into = new Pipeline.Output() {
            @Override
            public void record(String[] values) {
                String lineage = values[fieldCount + 2];
                table.add(lineage.substring(lineage.indexOf(':') + 1), values);
            }

            @Override
            public void link(String[] values) {
            }

            @Override
            public void reject(Reject reject) {
                rejects.accept(reject);
            }
        };
        // the extract is hashed on another core while it is read
        Path path = plan.reconcile().against().spec().path();
        CompletableFuture<String> hashing = path == null ? CompletableFuture.completedFuture(null) : Digests.sha256Later(path);
        List<SourceSummary> read;
        try {
            read = new Pipeline(stateSide, openers, progress, limit).run(into);
        } catch (SourceException e) {
            throw new RunFailure("reconcile: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new RunFailure("reconcile: I/O error: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RunFailure("reconcile: " + e.getMessage(), e);
        }
        table.seal();
        SourceSummary against = read.get(0);
        against = new SourceSummary(against.id(), against.path(), path == null ? null : Digests.join(path, hashing),
                against.detected(), against.rowsRead(), against.badRows(), against.rowsRejected(), against.valuesDropped(),
                against.rowsAccepted(), against.skipped());
        Reconciler.Outcome outcome;
        try {
            outcome = new Reconciler(plan.reconcile().rules()).run(locals, table);
        } catch (ReconcileRefused e) {
            throw new RunFailure(String.join("\n", e.lines()), ExitCodes.USAGE);
        } catch (IOException e) {
            throw new RunFailure("reconcile: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new RunFailure("reconcile: " + e.getMessage(), e);
        }
        return new Classified(locals, table, outcome, against, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The stage's figures, without files (a dry run). */
    static ReconcileSummary summary(Classified c, long stateUpdates, long localUpdates) {
        SourceSummary a = c.against();
        return new ReconcileSummary(a.id(), a.path(), a.sha256(), a.rowsRead(), a.rowsRejected(), c.state().size(),
                ReconcileSummary.count(c.outcome()), stateUpdates, localUpdates, c.outcome().link(), c.millis());
    }

    /** The stage's figures for a dry run: the update rows are counted, not written. */
    static ReconcileSummary counted(Plan plan, Classified c) {
        ReconcileRows rows = new ReconcileRows(plan.reconcile().rules(), c.state());
        long[] n = new long[2];
        ReconcileRows.UpdateSink counting = new ReconcileRows.UpdateSink() {
            @Override
            public void stateUpdate(String[] row) {
                n[0]++;
            }

            @Override
            public void localUpdate(String[] row) {
                n[1]++;
            }
        };
        try {
            for (int i = 0; i < c.locals().size(); i++) {
                rows.updates(c.locals().get(i), c.outcome().locals().get(i), counting);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the counting sink does no I/O
        }
        return summary(c, n[0], n[1]);
    }

    /** What the stage wrote. */
    record Written(ReconcileSummary summary, List<OutputFile> files) {
    }

    /** Writes reconciliation.csv, reconciliation/&lt;status&gt;.&lt;ext&gt; per file output, state_updates.csv and local_updates.csv. */
    static Written write(Plan plan, Classified c, Path dir, SinkFactories sinks) throws IOException {
        ReconcileRows rows = new ReconcileRows(plan.reconcile().rules(), c.state());
        Map<String, RecordSink> named = new LinkedHashMap<>();
        try (OpenSinks opened = new OpenSinks()) {
            RecordSink reconciliation = opened.add(new CsvSink(dir.resolve(RECONCILIATION), ReconcileRows.RECONCILIATION_COLUMNS));
            named.put(RECONCILIATION, reconciliation);
            RecordSink[][] byStatus = statusSinks(plan, dir, sinks, named, opened);
            RecordSink stateUpdates = opened.add(new CsvSink(dir.resolve(STATE_UPDATES), ReconcileRows.UPDATE_COLUMNS));
            named.put(STATE_UPDATES, stateUpdates);
            RecordSink localUpdates = opened.add(new CsvSink(dir.resolve(LOCAL_UPDATES), ReconcileRows.UPDATE_COLUMNS));
            named.put(LOCAL_UPDATES, localUpdates);
            ReconcileRows.UpdateSink updates = new ReconcileRows.UpdateSink() {
                @Override
                public void stateUpdate(String[] row) throws IOException {
                    stateUpdates.write(row);
                }

                @Override
                public void localUpdate(String[] row) throws IOException {
                    localUpdates.write(row);
                }
            };
            List<Classification> verdicts = c.outcome().locals();
            for (int i = 0; i < verdicts.size(); i++) {
                LocalRecord local = c.locals().get(i);
                Classification verdict = verdicts.get(i);
                reconciliation.write(rows.reconciliation(local, verdict));
                String[] record = ReconcileRows.localRecord(local);
                for (RecordSink sink : byStatus[verdict.status().ordinal()]) {
                    sink.write(record);
                }
                rows.updates(local, verdict, updates);
            }
            for (int r : c.outcome().stateOnly()) {
                reconciliation.write(rows.stateOnly(r));
                String[] record = rows.stateRecord(r);
                for (RecordSink sink : byStatus[ReconciliationStatus.STATE_ONLY.ordinal()]) {
                    sink.write(record);
                }
            }
            opened.commit();
        }
        List<OutputFile> files = new ArrayList<>();
        for (Map.Entry<String, RecordSink> e : named.entrySet()) {
            String sha = e.getValue().sha256();
            files.add(new OutputFile(e.getKey(), sha != null ? sha : Digests.sha256(dir.resolve(e.getKey())), e.getValue().rows()));
        }
        return new Written(summary(c, named.get(STATE_UPDATES).rows(), named.get(LOCAL_UPDATES).rows()), files);
    }

    /** Per status, one sink per file output type of the job (csv, xlsx, ndjson), each type once. */
    private static RecordSink[][] statusSinks(Plan plan, Path dir, SinkFactories sinks, Map<String, RecordSink> named,
                                              OpenSinks opened) throws IOException {
        ReconciliationStatus[] statuses = ReconciliationStatus.values();
        Set<String> types = new LinkedHashSet<>();
        List<OutputSpec> specs = new ArrayList<>();
        for (OutputSpec spec : plan.outputs()) {
            if (FILE_TYPES.contains(spec.type()) && types.add(spec.type())) {
                specs.add(spec);
            }
        }
        RecordSink[][] out = new RecordSink[statuses.length][specs.size()];
        for (ReconciliationStatus status : statuses) {
            for (int k = 0; k < specs.size(); k++) {
                OutputSpec spec = specs.get(k);
                String path = FOLDER + "/" + status.fileName() + "." + spec.type();
                RecordSink sink = opened.add(sinks.open(new SinkContext(new OutputSpec(spec.type(), path, spec.location(),
                        spec.options()), plan.recordColumns(), plan.schema(), dir, plan.job().baseDir())));
                named.put(path, sink);
                out[status.ordinal()][k] = sink;
            }
        }
        return out;
    }
}
