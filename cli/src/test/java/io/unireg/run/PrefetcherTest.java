package io.unireg.run;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Batches come out in source order; the reader says when it is through the source, and only then; the
 * consumer runs batches no worker has begun.
 */
class PrefetcherTest {

    /** {@code rows} rows numbered from 1; fails at row {@code failAt} when that is positive. */
    private static RecordSource rows(int rows, int failAt, AtomicInteger served) {
        return new RecordSource() {
            @Override
            public String id() {
                return "s";
            }

            @Override
            public List<String> columns() {
                return List.of("n");
            }

            @Override
            public SourceItem next() throws IOException {
                int n = served.get() + 1;
                if (n == failAt) {
                    throw new IOException("disk gone at row " + n);
                }
                if (n > rows) {
                    return null;
                }
                served.incrementAndGet();
                return new SourceItem.Row(n, n + 1, new String[]{Integer.toString(n)});
            }

            @Override
            public Map<String, String> detected() {
                return Map.of();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void saysOnceOnItsOwnThreadThatEveryRowIsRead() throws Exception {
        int rows = 3 * Prefetcher.BATCH + 17;
        AtomicInteger served = new AtomicInteger();
        AtomicInteger servedWhenRead = new AtomicInteger(-1);
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        List<String> out = new ArrayList<>();
        try (Prefetcher<String> p = new Prefetcher<>(rows(rows, 0, served), Long.MAX_VALUE,
                item -> ((SourceItem.Row) item).cells()[0], () -> {
                    calls.incrementAndGet();
                    servedWhenRead.set(served.get());
                    thread.set(Thread.currentThread().getName());
                })) {
            for (List<String> batch = p.next(); !batch.isEmpty(); batch = p.next()) {
                out.addAll(batch);
            }
        }
        assertThat(out).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(out.get(i)).isEqualTo(Integer.toString(i + 1));
        }
        assertThat(calls.get()).isEqualTo(1);
        assertThat(servedWhenRead.get()).isEqualTo(rows);
        assertThat(thread.get()).isEqualTo("read-s");
    }

    @Test
    void aLimitEndsTheReadingToo() throws Exception {
        AtomicInteger served = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        int seen = 0;
        try (Prefetcher<Object> p = new Prefetcher<>(rows(5000, 0, served), 10, item -> item, calls::incrementAndGet)) {
            for (List<Object> batch = p.next(); !batch.isEmpty(); batch = p.next()) {
                seen += batch.size();
            }
        }
        assertThat(seen).isEqualTo(10);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void aReaderThatFailedNeverSaysItIsThrough() {
        AtomicInteger served = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> {
            try (Prefetcher<Object> p = new Prefetcher<>(rows(5000, 2000, served), Long.MAX_VALUE, item -> item, calls::incrementAndGet)) {
                while (!p.next().isEmpty()) {
                    // drain until the failure surfaces
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("row 2000");
        assertThat(calls.get()).isZero();
    }

    /**
     * Every worker held up on its first row: the consumer, waiting for the first batch, runs the batches
     * queued behind it (oldest first, each whole), and the batches still come out in order, each once.
     */
    @Test
    void theConsumerRunsTheBatchesNoWorkerHasBegun() throws Exception {
        int rows = 12 * Prefetcher.BATCH;
        Thread consumer = Thread.currentThread();
        CountDownLatch consumerRan = new CountDownLatch(1);
        Set<Thread> workersHeld = ConcurrentHashMap.newKeySet();
        AtomicInteger timedOut = new AtomicInteger();
        List<String> onConsumer = new ArrayList<>();
        List<String> out = new ArrayList<>();
        AtomicInteger served = new AtomicInteger();
        try (Prefetcher<String> p = new Prefetcher<>(rows(rows, 0, served), Long.MAX_VALUE, item -> {
            String n = ((SourceItem.Row) item).cells()[0];
            Thread here = Thread.currentThread();
            if (here == consumer) {
                onConsumer.add(n);
                consumerRan.countDown();
            } else if (workersHeld.add(here)) {
                try {
                    if (!consumerRan.await(10, TimeUnit.SECONDS)) {
                        timedOut.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return n;
        }, () -> {
        })) {
            // Batches queued behind the held ones (at most three workers) before the consumer asks: it
            // runs what is queued when it asks, and does not wait for more.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (served.get() < 6 * Prefetcher.BATCH && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            for (List<String> batch = p.next(); !batch.isEmpty(); batch = p.next()) {
                out.addAll(batch);
            }
        }
        assertThat(timedOut.get()).as("workers that waited in vain for the consumer to run a batch").isZero();
        assertThat(onConsumer).isNotEmpty().hasSizeGreaterThanOrEqualTo(Prefetcher.BATCH);
        assertThat(onConsumer.size() % Prefetcher.BATCH).as("whole batches").isZero();
        assertThat(out).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(out.get(i)).isEqualTo(Integer.toString(i + 1));
        }
    }
}
