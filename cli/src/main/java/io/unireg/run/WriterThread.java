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
 * Writes the pipeline's output on two threads of its own, a batch at a time, so writing overlaps with
 * mapping (rows in the sinks' format come formatted already, by the normalising threads; others are
 * formatted here): one writes the records (and tracks changes), the other
 * links and rejects (and counts them for the reports) — sinks that share nothing, and each a
 * million-row chain of its own. The queues are bounded: memory stays constant and a slow disk slows
 * the pipeline instead of filling the heap. A write failure surfaces on the pipeline's next call.
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
    private final BlockingQueue<Batch> recordQueue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final BlockingQueue<Batch> linkQueue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread recordThread;
    private final Thread linkThread;
    private volatile Throwable failure;
    private Batch current = Batch.empty();

    WriterThread(List<RecordSink> records, RecordSink links, RecordSink rejects) {
        this.records = List.copyOf(records);
        this.links = links;
        this.rejects = rejects;
        this.recordThread = start("write-records", this::drainRecords);
        this.linkThread = start("write-links", this::drainLinks);
    }

    private interface Drain {
        void run() throws Exception;
    }

    private Thread start(String name, Drain drain) {
        Thread t = new Thread(() -> {
            try {
                drain.run();
            } catch (Exception | Error e) { // an Error too: out of memory must reach the run, not end the thread silently
                if (failure == null) {
                    failure = e;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
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
        recordThread.join();
        linkThread.join();
        rethrow();
    }

    private void hand(Batch batch) throws IOException, InterruptedException {
        offer(recordQueue, batch, recordThread);
        offer(linkQueue, batch, linkThread);
        rethrow();
    }

    private void offer(BlockingQueue<Batch> queue, Batch batch, Thread writer) throws IOException, InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            rethrow();
            if (!writer.isAlive()) {
                throw new IOException("the output writer stopped");
            }
        }
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

    // The loops below only take batches: each batch is written by a method of its own, which C2 compiles
    // once as a method, where a loop over rows inside the endless loop was compiled on-stack two or three
    // times as the run went on.

    private void drainRecords() throws Exception {
        while (true) {
            Batch batch = recordQueue.take();
            writeRecords(batch.records());
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

    private void drainLinks() throws Exception {
        while (true) {
            Batch batch = linkQueue.take();
            writeLinks(batch.links(), batch.rejects());
            if (batch.last()) {
                return;
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
