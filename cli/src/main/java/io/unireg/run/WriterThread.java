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
 * Writes the pipeline's output a batch at a time: the records (tracking changes), then the links and
 * rejects (counted for the reports); rows in the sinks' format come formatted already, by the
 * normalising threads, others are formatted here. With more than two cores on a thread of its own, so
 * writing overlaps with mapping; the queue is bounded, so memory stays constant and a slow disk slows
 * the pipeline instead of filling the heap, and a write failure surfaces on the pipeline's next call.
 * With two cores or fewer on the caller's thread (the pipeline's consumer), as each batch is handed
 * over: there is no core to spare for it, and each runnable thread more takes the cores from the
 * reader, the pipeline's one serial stage, which already waited longer for a core than it ran. Measured
 * on 2 cores, the 1M-row benchmark job (docs/benchmarks.md, 2026-12-04 23:08): one writer thread
 * against two, 44 interleaved rounds, mean 4.97 → 4.82 s, faster in 26; writing on the consumer against
 * one writer thread, 28 rounds, 4.56 → 4.40 s, faster in 23.
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

    /** Whether the writing gets a thread of its own: only where a core is left for it (see above). */
    static final boolean OWN_THREAD = Runtime.getRuntime().availableProcessors() > 2;

    WriterThread(List<RecordSink> records, RecordSink links, RecordSink rejects) {
        this(records, links, rejects, OWN_THREAD);
    }

    /** As the other constructor; {@code ownThread} false: written on the thread that hands the batches over. */
    WriterThread(List<RecordSink> records, RecordSink links, RecordSink rejects, boolean ownThread) {
        this.records = List.copyOf(records);
        this.links = links;
        this.rejects = rejects;
        if (!ownThread) {
            this.thread = null;
            return;
        }
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
        if (thread != null) {
            thread.join();
            rethrow();
        }
    }

    private void hand(Batch batch) throws IOException, InterruptedException {
        if (thread == null) {
            rethrow(); // after a failure nothing more is written: the run is failing with it
            try {
                write(batch);
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                throw e;
            }
            return;
        }
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
            write(batch);
            if (batch.last()) {
                return;
            }
        }
    }

    private void write(Batch batch) throws IOException {
        writeRecords(batch.records());
        writeLinks(batch.links(), batch.rejects());
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
