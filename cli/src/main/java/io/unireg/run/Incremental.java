package io.unireg.run;

import io.unireg.sink.CsvSink;
import io.unireg.sink.FormattedRow;
import io.unireg.sink.NdjsonSink;
import io.unireg.sink.RecordSink;
import io.unireg.sink.RowFormat;
import io.unireg.source.SourceOpeners;
import io.unireg.state.Change;
import io.unireg.state.ChangeTracker;
import io.unireg.state.IdAssigner;
import io.unireg.state.IdHashes;
import io.unireg.state.PreviousState;
import io.unireg.state.StateStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The run against the job's state store: guards against a source that suddenly reads nothing,
 * tracks what changed since the last good run (changes.csv), feeds {@code mode: incremental}
 * outputs only the change set, and advances the state when the run has succeeded.
 */
final class Incremental {

    static final String CHANGES_CSV = "changes.csv";
    static final String CHANGES_NDJSON = "changes.ndjson";

    private final StateStore store;
    private final boolean allowEmpty;
    private final PreviousState previous;
    private final List<String> fields;
    private ChangeTracker tracker;

    private Incremental(StateStore store, boolean allowEmpty, PreviousState previous, List<String> fields) {
        this.store = store;
        this.allowEmpty = allowEmpty;
        this.previous = previous;
        this.fields = fields;
    }

    static Incremental open(StateFolder folder, boolean allowEmpty, Plan plan) throws RunFailure {
        StateStore store = new StateStore(folder.store());
        try {
            List<String> columns = plan.recordColumns();
            return new Incremental(store, allowEmpty, store.load(plan.dedupes()), List.copyOf(columns.subList(0, columns.size() - 3)));
        } catch (IOException e) {
            throw new RunFailure(e.getMessage(), e);
        }
    }

    PreviousState previous() {
        return previous;
    }

    /** The sources read by their change column, from the last good run's watermarks and row caches. */
    ChangeFeeds feeds(SourceOpeners openers, boolean fullRead, Instant started, Plan plan) throws RunFailure {
        try {
            String tag = started.toString().replaceAll("[^0-9TZ]", "") + "-" + ProcessHandle.current().pid();
            return ChangeFeeds.open(openers, store.file().toAbsolutePath().getParent(), previous.watermarks(),
                    store.rowCaches(), fullRead, tag, plan);
        } catch (IOException e) {
            throw new RunFailure(e.getMessage(), e);
        }
    }

    /** A source that had rows in the last good run and has none now is far likelier broken than empty. */
    void checkSources(List<SourceSummary> sources) throws RunFailure {
        if (allowEmpty) {
            return;
        }
        for (SourceSummary s : sources) {
            Long before = previous.sourceRows().get(s.id());
            if (s.rowsPresent() == 0 && before != null && before > 0) {
                throw new RunFailure("source '" + s.id() + "' read 0 rows, but the last good run (" + previous.runId() + ") read "
                        + before + "; refusing to treat every record it gave as deleted. The state is unchanged;"
                        + " if the source is really empty now, run again with --allow-empty");
            }
        }
    }

    /** The dedupe path: carries the last good run's ids to this run's clusters and tracks against them. */
    IdAssigner.Assignment assign(List<IdAssigner.Cluster> clusters) throws IOException {
        IdAssigner.Assignment a = IdAssigner.assign(clusters, previous.members(), previous.golden()::contains);
        tracker = tracker(a);
        for (int c = 0; c < clusters.size(); c++) {
            for (String ref : clusters.get(c).refs()) {
                tracker.member(ref, a.ids()[c]);
            }
        }
        return a;
    }

    /** One sink in front of the job's record outputs: every record to each, changes only to incremental ones. */
    RecordSink sinks(List<RecordSink> outputs, boolean dedupes) throws IOException {
        if (!dedupes) {
            tracker = tracker(null);
        }
        List<RecordSink> full = new ArrayList<>();
        List<RecordSink> changesOnly = new ArrayList<>();
        for (RecordSink s : outputs) {
            (s.changesOnly() ? changesOnly : full).add(s);
        }
        return new RecordSink() {
            private long rows;

            @Override
            public void write(String[] values) throws IOException {
                write(FormattedRow.of(values));
            }

            @Override
            public void write(FormattedRow row) throws IOException {
                boolean changed = tracker.observe(row.values());
                for (RecordSink s : full) {
                    s.write(row);
                }
                if (changed) {
                    for (RecordSink s : changesOnly) {
                        s.write(row);
                    }
                }
                rows++;
            }

            /** The first output's that has one: rows made in that format pass to it as they came. */
            @Override
            public RowFormat format() {
                return outputs.stream().map(RecordSink::format).filter(Objects::nonNull).findFirst().orElse(null);
            }

            @Override
            public long rows() {
                return rows;
            }

            @Override
            public void close() {
                // the outputs themselves are closed (committed) by the runner
            }
        };
    }

    /**
     * After the last record: writes the change set into the run folder and hands incremental outputs
     * their deletes. The ids this run applies are noted in the store first: if the run never advances
     * the state (killed after the outputs committed, or a failed gate), the next run re-applies each of
     * them — upserted if it has it, deleted if not — so the table converges to that run's records.
     */
    List<OutputFile> finish(Path dir, List<RecordSink> outputs, boolean ndjson) throws IOException {
        if (tracker == null) {
            tracker = tracker(null);
        }
        List<Change> changes = tracker.changes();
        long[] inserts = tracker.insertKeys();
        store.closeReader();
        List<OutputFile> files = new ArrayList<>();
        CsvSink csv = new CsvSink(dir.resolve(CHANGES_CSV), Change.COLUMNS);
        writeAll(csv, inserts, changes);
        files.add(new OutputFile(CHANGES_CSV, csv.sha256(), csv.rows()));
        if (ndjson) {
            NdjsonSink json = new NdjsonSink(dir.resolve(CHANGES_NDJSON), Change.COLUMNS);
            writeAll(json, inserts, changes);
            files.add(new OutputFile(CHANGES_NDJSON, json.sha256(), json.rows()));
        }
        List<RecordSink> changesOnly = outputs.stream().filter(RecordSink::changesOnly).toList();
        if (!changesOnly.isEmpty()) {
            store.addPending(tracker.touched());
            Set<String> gone = tracker.vanished();
            for (RecordSink s : changesOnly) {
                for (String id : gone) {
                    s.delete(id);
                }
            }
        }
        return files;
    }

    private ChangeTracker tracker(IdAssigner.Assignment assignment) throws IOException {
        // One run per state folder at a time (the lock), so one spool name will do; a killed run's is overwritten.
        return new ChangeTracker(previous, store, fields, assignment, store.file().resolveSibling("golden.spool"));
    }

    /** Inserts first (the first change kind), then the others in their order. */
    private static void writeAll(RecordSink sink, long[] inserts, List<Change> changes) throws IOException {
        boolean done = false;
        try {
            String insert = Change.Kind.INSERT.word();
            for (long k : inserts) {
                sink.write(new String[]{insert, IdHashes.id(k), "", ""});
            }
            for (Change c : changes) {
                sink.write(c.toRow());
            }
            sink.close();
            done = true;
        } finally {
            if (!done) {
                sink.abort();
            }
        }
    }

    /** The run succeeded: its records, members, row counts and manifest become the last good state. */
    void advance(RunSummary summary, Path manifest, ChangeFeeds feeds) throws RunFailure {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (SourceSummary s : summary.sources()) {
            rows.put(s.id(), s.rowsPresent()); // what the zero-row guard compares with next time
        }
        try {
            String text = Files.exists(manifest) ? Files.readString(manifest) : "{}";
            store.advance(previous, tracker.next(summary.startedAt().toString(), rows, feeds.watermarks(),
                    feeds.rowCaches(), text));
            tracker.close();
            feeds.pruneUnnamed();
        } catch (IOException e) {
            throw new RunFailure(e.getMessage() + " (the outputs were written; the state did not advance, so the next run"
                    + " compares against the same last good run)", e);
        }
    }
}
