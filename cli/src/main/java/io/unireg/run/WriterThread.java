package io.unireg.run;

import io.unireg.sink.FormattedRow;
import io.unireg.sink.RecordSink;
import io.unireg.sink.RowFormat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes the pipeline's output on a thread of its own, a batch at a time, so writing overlaps with
 * mapping (rows in the sinks' format come formatted already, by the normalising threads; others are
 * formatted here): the records (tracking changes), then the links and rejects (counted for the
 * reports). One thread, not one per kind of output: writing takes about a quarter of a core, and on a
 * 2-core machine each runnable thread more takes the cores from the reader, the pipeline's one serial
 * stage, which already waited longer for a core than it ran (the 1M-row benchmark job, 44 interleaved
 * rounds against two writer threads: mean 4.97 → 4.82 s, faster in 26; docs/benchmarks.md,
 * 2026-12-04 23:08). The queue is bounded: memory stays constant and a slow disk slows the pipeline
 * instead of filling the heap. A write failure surfaces on the pipeline's next call.
 */
final class WriterThread implements Pipeline.Output, AutoCloseable {

    private static final int BATCHES_AHEAD = 8;

    private record Batch(List<FormattedRow> records, List<FormattedRow> links, List<String[]> rejects, boolean last) {
        static Batch empty() {
            return new Batch(new ArrayList<>(Prefetcher.BATCH), new ArrayList<>(Prefetcher.BATCH), new ArrayList<>(), false);
        }
    }

    private final List<RecordSink> records;
    private final RecordSink links;
    private final RecordSink rejects;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile Throwable failure;
    private Batch current = Batch.empty();

    WriterThread(List<RecordSink> records, RecordSink links, RecordSink rejects) {
        this.records = List.copyOf(records);
        this.links = links;
        this.rejects = rejects;
        this.thread = new Thread(() -> {
            try {
                drain();
            } catch (Exception | Error e) { // an Error too: out of memory must reach the run, not end the thread silently
                failure = e;
            }
        }, "write-outputs");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void record(String[] values) {
        record(FormattedRow.of(values));
    }

    @Override
    public void link(String[] values) {
        link(FormattedRow.of(values));
    }

    @Override
    public void record(FormattedRow row) {
        current.records().add(row);
    }

    @Override
    public void link(FormattedRow row) {
        current.links().add(row);
    }

    /** The first record output's format: the one the normalising threads make lines in (usually the only one). */
    @Override
    public RowFormat recordFormat() {
        return records.stream().map(RecordSink::format).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    public RowFormat linkFormat() {
        return links.format();
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
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    // The loop below only takes batches: each batch is written by methods of their own, which C2 compiles
    // once as methods, where a loop over rows inside the endless loop was compiled on-stack two or three
    // times as the run went on.

    private void drain() throws Exception {
        while (true) {
            Batch batch = queue.take();
            writeRecords(batch.records());
            writeLinks(batch.links(), batch.rejects());
            if (batch.last()) {
                return;
            }
        }
    }

    private void writeRecords(List<FormattedRow> rows) throws IOException {
        for (FormattedRow row : rows) {
            for (RecordSink sink : records) {
                sink.write(row);
            }
        }
    }

    private void writeLinks(List<FormattedRow> rows, List<String[]> rejected) throws IOException {
        for (FormattedRow row : rows) {
            links.write(row);
        }
        for (String[] row : rejected) {
            rejects.write(row);
        }
    }
}
