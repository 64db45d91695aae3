package io.unireg.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up runs beside every {@code unireg run}: anything it threw would reach the default handler
 * and print a line of its own on stderr, where a run's errors are one line each; it must end, and soon.
 */
class StartWarmUpTest {

    @Test
    void endsWithinSecondsAndThrowsNothing() throws Exception {
        List<Throwable> thrown = new ArrayList<>();
        Thread thread = new Thread(StartWarmUp::run);
        thread.setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        long start = System.nanoTime();
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(thread.isAlive()).as("still warming up after 30 s").isFalse();
        assertThat(thrown).isEmpty();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
    }
}
