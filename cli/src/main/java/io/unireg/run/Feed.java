package io.unireg.run;

import io.unireg.source.SourceItem;
import io.unireg.state.RowCache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One fed source in one run ({@link ChangeFeeds}). Read whole, its accepted rows pass straight on and
 * into the new row cache. Read from a watermark, the rows it delivers are held until the read ends,
 * then the last good run's cache is replayed in its order with each delivered row in place of its old
 * version — so the records keep their order from night to night — and rows new to the source follow.
 * A delivered row that is now refused, or flagged deleted, is not carried over: the same records as a
 * full read would give, except for rows deleted outright at the source (only a full read sees those).
 */
final class Feed implements AutoCloseable {

    private static final Set<String> TRUE = Set.of("true", "t", "1", "yes", "y");

    private final ChangeFeeds feeds;
    private final String source;
    private final String since;
    private final Path carried;
    private final RowCache.Writer next;
    private final int deletedIndex;
    private final String readWhole;
    private final Map<String, String[]> delivered = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();
    private long deleted;
    private long carriedRows;

    Feed(ChangeFeeds feeds, String source, String since, Path carried, RowCache.Writer next, int deletedIndex,
         String readWhole) {
        this.feeds = feeds;
        this.source = source;
        this.since = since;
        this.carried = carried;
        this.next = next;
        this.deletedIndex = deletedIndex;
        this.readWhole = readWhole;
    }

    /** The watermark to read from; {@code null}: read every row. */
    String since() {
        return since;
    }

    /** Why every row is read ({@code null} when reading from a watermark). */
    String readWhole() {
        return readWhole;
    }

    /** A row flagged deleted at the source ({@code incremental.deleted} truthy): neither mapped nor kept. */
    boolean flaggedDeleted(SourceItem.Row row) {
        return deletedIndex >= 0 && TRUE.contains(row.cells()[deletedIndex].trim().toLowerCase(Locale.ROOT));
    }

    void accepted(String key, String[] values, ChangeFeeds.Emit emit) throws Exception {
        if (carried != null) {
            removed.remove(key);
            delivered.put(key, values);
            return;
        }
        if (next != null) {
            next.write(key, values);
        }
        emit.row(key, values);
    }

    /** A delivered row refused whole: its old version must not be carried over either. */
    void refused(String key) {
        if (carried != null) {
            delivered.remove(key);
            removed.add(key);
        }
    }

    void deleted(String key) {
        deleted++;
        refused(key);
    }

    long deletedRows() {
        return deleted;
    }

    long carriedRows() {
        return carriedRows;
    }

    /**
     * After the last delivered row: replays the cache (from a watermark), closes the new cache and hands
     * the state its watermark. {@code batchEnd} runs every {@link Prefetcher#BATCH} replayed rows.
     */
    void finish(String watermark, ChangeFeeds.Emit emit, ChangeFeeds.Emit batchEnd) throws Exception {
        if (carried != null) {
            long passed = 0;
            try (RowCache.Reader old = RowCache.open(carried)) {
                while (old.next()) {
                    String key = old.key();
                    String[] now = delivered.remove(key);
                    if (now == null && removed.contains(key)) {
                        continue;
                    }
                    if (now == null) {
                        carriedRows++;
                    }
                    pass(key, now != null ? now : old.values(), emit);
                    if (++passed % Prefetcher.BATCH == 0) {
                        batchEnd.row(null, null);
                    }
                }
            }
            for (Map.Entry<String, String[]> e : delivered.entrySet()) {
                pass(e.getKey(), e.getValue(), emit);
            }
            delivered.clear();
        }
        if (next != null) {
            next.close();
            feeds.finished(source, watermark, new RowCache.Ref(source, feeds.relative(next.path()), next.plan(), next.rows()));
        }
    }

    private void pass(String key, String[] values, ChangeFeeds.Emit emit) throws Exception {
        next.write(key, values);
        emit.row(key, values);
    }

    /** A run that failed leaves its cache file unnamed; the next run removes it. */
    @Override
    public void close() throws IOException {
        if (next != null) {
            next.close();
        }
    }
}
