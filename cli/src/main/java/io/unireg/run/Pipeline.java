package io.unireg.run;

import io.unireg.dedupe.StableId;
import io.unireg.schema.RecordValidator;
import io.unireg.sink.FormattedRow;
import io.unireg.sink.RowFormat;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import io.unireg.source.SourceOpeners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams every source through mapping and validation into the run's sinks: source → map &
 * normalise → validate → sinks, one way, in constant memory (a few batches in flight).
 */
final class Pipeline {

    /** Where accepted rows, links and rejects go; a dry run counts without writing. */
    interface Output {
        void record(String[] values) throws Exception;

        void link(String[] values) throws Exception;

        /** A record formatted in advance (in {@link #recordFormat()}, or not at all). */
        default void record(FormattedRow row) throws Exception {
            record(row.values());
        }

        /** A link formatted in advance (in {@link #linkFormat()}, or not at all). */
        default void link(FormattedRow row) throws Exception {
            link(row.values());
        }

        /** The format to make records in on the normalising threads; {@code null}: none, they are not written as they come. */
        default RowFormat recordFormat() {
            return null;
        }

        /** As {@link #recordFormat()}, for links. */
        default RowFormat linkFormat() {
            return null;
        }

        void reject(Reject reject) throws Exception;

        /** The end of a source batch: a chance to hand rows on. */
        default void endBatch() throws Exception {
        }

        /** An output that keeps nothing. */
        static Output discarding() {
            return new Output() {
                @Override
                public void record(String[] values) {
                }

                @Override
                public void link(String[] values) {
                }

                @Override
                public void reject(Reject reject) {
                }
            };
        }
    }

    private final Plan plan;
    private final SourceOpeners openers;
    private final Progress progress;
    private final long limit;
    private final ChangeFeeds feeds;
    /** Values per row, and per record: the values, then identity and lineage ({@link Plan#recordColumns()}). */
    private final int fieldCount;
    private final int width;
    private final long warmRows;

    Pipeline(Plan plan, SourceOpeners openers, Progress progress, long limit) {
        this(plan, openers, progress, limit, ChangeFeeds.none(openers));
    }

    Pipeline(Plan plan, SourceOpeners openers, Progress progress, long limit, ChangeFeeds feeds) {
        this(plan, openers, progress, limit, feeds, WARM_ROWS);
    }

    /** With {@code warmRows} in place of {@link #WARM_ROWS}, for tests. */
    Pipeline(Plan plan, SourceOpeners openers, Progress progress, long limit, ChangeFeeds feeds, long warmRows) {
        this.plan = plan;
        this.openers = openers;
        this.progress = progress;
        this.limit = limit;
        this.feeds = feeds;
        this.fieldCount = plan.fields().size();
        this.width = plan.recordColumns().size();
        this.warmRows = warmRows;
    }

    /** A row flagged deleted at a fed source: counted, not mapped. */
    private record Gone(String key) {
    }

    /**
     * A normalised row with its record and link made — and formatted, in the formats the output asks
     * for — on the normalising thread that made its values, while they are in that core's cache. Made
     * only for a row no check has faulted so far; used only if validation finds nothing either.
     */
    private record Prepared(RowMapper.Normalised row, FormattedRow record, FormattedRow link) {
    }

    /** Runs every source in job order; returns what each contributed. */
    List<SourceSummary> run(Output output) throws Exception {
        return run(output, id -> {
        });
    }

    /**
     * Rows of a source after which the run's code is compiled, the code that hashes the outputs among it
     * (measured on 2 cores: C2 compiles it 1.2-1.7 s into a run, before a tenth of the 1M-row benchmark
     * file is read, at 2.4-2.6 s).
     */
    static final long WARM_ROWS = 250_000;

    /**
     * As {@link #run(Output)}; {@code whenRead} gets each source's id once its rows are read (on the
     * reading thread) or, if that comes first, once {@link #WARM_ROWS} of them have been through (on the
     * calling thread) — so it may get an id twice.
     */
    List<SourceSummary> run(Output output, Consumer<String> whenRead) throws Exception {
        RowMapper mapper = new RowMapper(plan, RecordValidator.of(plan.schema()), false);
        RowFormat recordFormat = output.recordFormat();
        RowFormat linkFormat = output.linkFormat();
        List<SourceSummary> summaries = new ArrayList<>();
        for (SourcePlan source : plan.sources()) {
            Counts counts = new Counts();
            boolean warm = false;
            Map<String, String> detected;
            Map<String, Long> skipped;
            ChangeFeeds.Emit emit = (key, values) -> {
                String id = StableId.of(source.id(), key);
                output.record(record(source, key, id, values));
                output.link(link(source, key, id));
            };
            try (Feed feed = feeds.feed(source, fieldCount);
                 RecordSource reader = feed == null ? openers.open(source.spec()) : openers.open(source.spec(), feed.since());
                 Prefetcher<Object> batches = new Prefetcher<>(reader, limit, item -> item instanceof SourceItem.Row row
                         ? feed != null && feed.flaggedDeleted(row) ? new Gone(RowMapper.key(source, row)) : prepare(mapper.normalise(source, row), source, feed == null ? recordFormat : null, feed == null ? linkFormat : null)
                         : item, () -> whenRead.accept(source.id()))) {
                checkHeader(source, reader);
                detected = new LinkedHashMap<>(reader.detected());
                if (feed != null && feed.readWhole() != null) {
                    detected.put("read_whole", feed.readWhole());
                }
                List<Object> batch;
                while (!(batch = batches.next()).isEmpty()) {
                    consume(batch, counts, source, feed, mapper, output, emit);
                    output.endBatch();
                    progress.update(source.id(), counts.read);
                    if (!warm && counts.read >= warmRows) {
                        warm = true;
                        whenRead.accept(source.id());
                    }
                }
                skipped = new LinkedHashMap<>(reader.skipped());
                long carried = 0;
                if (feed != null) {
                    feed.finish(reader.watermark(), emit, (k, v) -> output.endBatch());
                    output.endBatch();
                    carried = feed.carriedRows();
                    if (feed.deletedRows() > 0) {
                        skipped.merge("deleted", feed.deletedRows(), Long::sum);
                    }
                }
                String path = source.spec().path() == null ? null : source.spec().path().toString();
                summaries.add(new SourceSummary(source.id(), path, null, detected, counts.read, counts.bad, counts.rejected,
                        counts.dropped, counts.accepted, skipped, carried));
            }
        }
        progress.finish();
        return summaries;
    }

    /** A source's row counts, kept across its batches. */
    private static final class Counts {
        long read;
        long bad;
        long rejected;
        long dropped;
        long accepted;
    }

    /**
     * Validates one batch in order and hands its rows to the output. A method of its own, not the body
     * of {@link #run}'s loop: C2 compiles it once as a method instead of compiling the whole of {@code run}
     * on-stack, twice, while the rows wait (~0.2 s of C2's time in the 1M-row benchmark run).
     */
    private void consume(List<Object> batch, Counts counts, SourcePlan source, Feed feed, RowMapper mapper,
                         Output output, ChangeFeeds.Emit emit) throws Exception {
        for (Object item : batch) {
            if (item instanceof Gone gone) {
                feed.deleted(gone.key()); // not read: counted under rows_skipped
                continue;
            }
            counts.read++;
            if (item instanceof SourceItem.BadRow badRow) {
                counts.bad++;
                counts.rejected++;
                // Its cells are misaligned, so its key column cannot be trusted: the line locates it.
                output.reject(new Reject(source.id(), "", badRow.line(), "", badRow.rule(),
                        "data row " + badRow.rowNumber() + ": " + badRow.message()));
                continue;
            }
            Prepared prepared = item instanceof Prepared p ? p : null;
            RowMapper.Normalised normalised = prepared != null ? prepared.row() : (RowMapper.Normalised) item;
            int found = normalised.rejects() == null ? 0 : normalised.rejects().size();
            MappedRow row = mapper.validate(normalised);
            for (Reject r : row.rejects()) {
                output.reject(r);
            }
            if (row.rejected()) {
                counts.rejected++;
                if (feed != null) {
                    feed.refused(row.key());
                }
                continue;
            }
            counts.dropped += row.rejects().size();
            counts.accepted++;
            if (prepared != null && row.rejects().size() == found) {
                // validation found nothing (nor changed a value): the record is as prepared
                output.record(prepared.record());
                output.link(prepared.link());
            } else if (feed != null) {
                feed.accepted(row.key(), row.values(), emit);
            } else {
                emit.row(row.key(), row.values());
            }
        }
    }

    /** Runs on the normalising threads: see {@link Prepared}. */
    private Object prepare(RowMapper.Normalised row, SourcePlan source, RowFormat recordFormat, RowFormat linkFormat) {
        if (row.rejected() || !row.checked().violations().isEmpty() || recordFormat == null && linkFormat == null) {
            return row;
        }
        String id = StableId.of(source.id(), row.key());
        return new Prepared(row, FormattedRow.of(record(source, row.key(), id, row.values()), recordFormat),
                FormattedRow.of(link(source, row.key(), id), linkFormat));
    }

    /** An accepted row as a record: its values, then its id, its cluster (itself) and its lineage. */
    private String[] record(SourcePlan source, String key, String id, String[] values) {
        String[] record = new String[width];
        System.arraycopy(values, 0, record, 0, fieldCount);
        record[fieldCount] = id;
        record[fieldCount + 1] = id;
        record[fieldCount + 2] = source.id() + ":" + key;
        return record;
    }

    private static String[] link(SourcePlan source, String key, String id) {
        return new String[]{source.id(), key, id, "1.0"};
    }

    /** The file may have changed between compiling and running; a moved column must not shift data. */
    private static void checkHeader(SourcePlan source, RecordSource reader) {
        if (!reader.columns().equals(source.columns())) {
            throw new IllegalStateException("source '" + source.id() + "' changed while the job was starting: its columns differ");
        }
    }
}
