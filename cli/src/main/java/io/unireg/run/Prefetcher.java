package io.unireg.run;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads a source on its own thread, in batches, a bounded number ahead of the consumer, and runs the
 * {@code stage} (normalising) on each batch on a small pool of workers: parsing, normalising, and the
 * consumer's validating and writing overlap on every core while memory stays bounded. Batches come
 * out in source order whichever worker finishes first (the queue holds their futures in order).
 *
 * <p>The consumer is a worker too: waiting for the next batch, it runs batches the workers have not
 * begun ({@link #next}), so the pool has one thread fewer than the cores. The consumer used to spend
 * most of a run waiting (validating and handing rows over take little), and on a 2-core machine each
 * runnable thread more takes the cores from the reader, the one serial stage, which waited longer for
 * a core than it ran: the 1M-row benchmark job, 44 interleaved rounds against two workers and a waiting
 * consumer, mean 4.77 → 4.62 s, faster in 32, user CPU 8.38 → 8.12 s (docs/benchmarks.md, 2026-12-04 23:08).
 */
final class Prefetcher<T> implements AutoCloseable {

    /**
     * Rows per batch. Every young collection copies the rows in flight (up to {@code BATCHES_AHEAD}
     * batches queued here and as many at the writers): with 1,024 rows the 1M-row benchmark job paused
     * 0.6-0.9 s in 64-70 collections, with 256 0.4-0.5 s in 54, and ran about 3 % faster over 11
     * interleaved rounds (docs/benchmarks.md, 2026-12-03). 64 was slower: a hand-off per 64 rows.
     */
    static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 8;
    /**
     * Normalising costs several times what parsing does: the workers and the consumer, which runs
     * batches while it waits, keep the cores busy (up to four normalising in all).
     */
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()) - 1);

    private final BlockingQueue<CompletableFuture<List<T>>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final ThreadPoolExecutor workers;
    private final Thread thread;
    private volatile boolean stopped;

    /**
     * {@code stage} runs on the workers: work that needs no order (normalising) moves off the consumer.
     * {@code whenRead} runs on the reading thread once the source is read to its end (or to {@code limit}),
     * while the last batches are still being normalised and written — not when reading failed.
     */
    Prefetcher(RecordSource source, long limit, Function<SourceItem, T> stage, Runnable whenRead) {
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "normalise-" + source.id() + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.thread = new Thread(() -> readAll(source, limit, stage, whenRead), "read-" + source.id());
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(RecordSource source, long limit, Function<SourceItem, T> stage, Runnable whenRead) {
        long count = 0;
        try {
            List<SourceItem> batch = new ArrayList<>(BATCH);
            SourceItem item;
            while (!stopped && count < limit && (item = source.next()) != null) {
                batch.add(item);
                count++;
                if (batch.size() == BATCH) {
                    put(process(batch, stage));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!stopped) {
                whenRead.run();
            }
            if (!batch.isEmpty()) {
                put(process(batch, stage));
            }
            put(CompletableFuture.completedFuture(List.of()));
        } catch (Exception | Error e) {
            // An Error too (out of memory while parsing): a reader that died silently would leave the
            // consumer waiting for a batch that never comes.
            put(CompletableFuture.failedFuture(e));
        }
    }

    private CompletableFuture<List<T>> process(List<SourceItem> batch, Function<SourceItem, T> stage) {
        return CompletableFuture.supplyAsync(() -> {
            List<T> out = new ArrayList<>(batch.size());
            for (SourceItem item : batch) {
                out.add(stage.apply(item));
            }
            return out;
        }, workers);
    }

    private void put(CompletableFuture<List<T>> batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy; wait unless it has gone away
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next batch, in source order; an empty list at the end. Rethrows what stopped the reader or a
     * worker. Until that batch is done, runs here the batches no worker has begun, oldest first (that
     * batch itself when no worker has taken it yet: on a busy machine a woken worker may wait for a
     * core); each run completes its batch's future, as on a worker. When none is queued it waits for
     * that batch without looking again: batches queued meanwhile are the workers'.
     */
    List<T> next() throws Exception {
        CompletableFuture<List<T>> batch = queue.take();
        Runnable waiting;
        while (!batch.isDone() && (waiting = workers.getQueue().poll()) != null) {
            waiting.run();
        }
        try {
            return batch.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
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
        workers.shutdownNow();
    }
}
