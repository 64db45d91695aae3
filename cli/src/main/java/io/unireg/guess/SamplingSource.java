package io.unireg.guess;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Passes a source through unchanged (to the profiler) while keeping a reservoir sample of its rows,
 * so the file is read once for both the profile and the rows the guesser tries chains on.
 * The seed is fixed: the same file gives the same guess.
 */
final class SamplingSource implements RecordSource {

    private final RecordSource source;
    private final int size;
    private final List<String[]> reservoir = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(20261201L);
    private long seen;

    SamplingSource(RecordSource source, int size) {
        this.source = source;
        this.size = size;
    }

    @Override
    public String id() {
        return source.id();
    }

    @Override
    public List<String> columns() {
        return source.columns();
    }

    @Override
    public SourceItem next() throws IOException {
        SourceItem item = source.next();
        if (item instanceof SourceItem.Row row) {
            seen++;
            if (reservoir.size() < size) {
                reservoir.add(row.cells().clone());
            } else {
                long slot = random.nextLong(seen);
                if (slot < size) {
                    reservoir.set((int) slot, row.cells().clone());
                }
            }
        }
        return item;
    }

    @Override
    public Map<String, String> detected() {
        return source.detected();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    Sample sample() {
        return new Sample(source.columns(), reservoir);
    }
}
