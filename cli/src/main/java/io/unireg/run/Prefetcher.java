package io.unireg.run;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a source on its own thread, in batches, a bounded number ahead of the consumer: parsing
 * (one core) overlaps with mapping and writing (the other) while memory stays bounded.
 */
final class Prefetcher<T> implements AutoCloseable {

    static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;

    /** A batch, or the end (empty items), or the failure that ended reading. */
    private record Batch<T>(List<T> items, Exception failure) {
    }

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    /** {@code stage} runs on the reading thread too: work that needs no order (normalising) moves off the consumer. */
    Prefetcher(RecordSource source, long limit, Function<SourceItem, T> stage) {
        this.thread = new Thread(() -> readAll(source, limit, stage), "read-" + source.id());
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(RecordSource source, long limit, Function<SourceItem, T> stage) {
        long count = 0;
        try {
            List<T> batch = new ArrayList<>(BATCH);
            SourceItem item;
            while (!stopped && count < limit && (item = source.next()) != null) {
                batch.add(stage.apply(item));
                count++;
                if (batch.size() == BATCH) {
                    put(new Batch<>(batch, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                put(new Batch<>(batch, null));
            }
            put(new Batch<>(List.of(), null));
        } catch (Exception e) {
            put(new Batch<>(List.of(), e));
        }
    }

    private void put(Batch<T> batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy; wait unless it has gone away
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch; an empty list at the end. Rethrows what stopped the reader. */
    List<T> next() throws Exception {
        Batch<T> batch = queue.take();
        if (batch.failure() != null) {
            throw batch.failure();
        }
        return batch.items();
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
