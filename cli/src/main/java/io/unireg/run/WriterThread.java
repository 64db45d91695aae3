package io.unireg.run;

import io.unireg.sink.RecordSink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes the pipeline's output on its own thread, a batch at a time, so formatting and encoding
 * CSV/JSON overlaps with mapping. The queue is bounded: memory stays constant and a slow disk slows
 * the pipeline instead of filling the heap. A write failure surfaces on the pipeline's next call.
 */
final class WriterThread implements Pipeline.Output, AutoCloseable {

    private static final int BATCHES_AHEAD = 8;

    private record Batch(List<String[]> records, List<String[]> links, List<String[]> rejects, boolean last) {
        static Batch empty() {
            return new Batch(new ArrayList<>(Prefetcher.BATCH), new ArrayList<>(Prefetcher.BATCH), new ArrayList<>(), false);
        }
    }

    private final List<RecordSink> records;
    private final RecordSink links;
    private final RecordSink rejects;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile Exception failure;
    private Batch current = Batch.empty();

    WriterThread(List<RecordSink> records, RecordSink links, RecordSink rejects) {
        this.records = List.copyOf(records);
        this.links = links;
        this.rejects = rejects;
        this.thread = new Thread(this::drain, "write");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void record(String[] values) {
        current.records().add(values);
    }

    @Override
    public void link(String[] values) {
        current.links().add(values);
    }

    @Override
    public void reject(Reject reject) {
        current.rejects().add(reject.toRow());
    }

    @Override
    public void endBatch() throws IOException, InterruptedException {
        hand(current);
        current = Batch.empty();
    }

    /** Writes what is left and waits for the writer; rethrows a write failure. */
    @Override
    public void close() throws IOException, InterruptedException {
        hand(new Batch(current.records(), current.links(), current.rejects(), true));
        thread.join();
        rethrow();
    }

    private void hand(Batch batch) throws IOException, InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            rethrow();
            if (!thread.isAlive()) {
                throw new IOException("the output writer stopped");
            }
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Exception e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void drain() {
        try {
            while (true) {
                Batch batch = queue.take();
                for (String[] row : batch.records()) {
                    for (RecordSink sink : records) {
                        sink.write(row);
                    }
                }
                for (String[] row : batch.links()) {
                    links.write(row);
                }
                for (String[] row : batch.rejects()) {
                    rejects.write(row);
                }
                if (batch.last()) {
                    return;
                }
            }
        } catch (Exception e) {
            failure = e;
        }
    }
}
