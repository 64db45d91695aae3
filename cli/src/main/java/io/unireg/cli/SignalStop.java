package io.unireg.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a run does when its process is asked to stop: SIGTERM from a scheduler's time limit, systemd or
 * {@code timeout}, or Ctrl-C. The JVM runs its shutdown hooks and exits; without one the run ended with
 * no summary line and no {@code failed.json}, its staging folder left for the next run to remove.
 *
 * <p>The hook and the run agree who finishes. Before the run commits anything it asks
 * {@link #mayCommit()}: after a signal the answer is no, and the hook alone reports the run as stopped.
 * Once the answer was yes, the run is committing (transactions, moving files, seconds at most): a
 * signal then waits for it to end, so a stopped run is never half published.
 */
final class SignalStop implements AutoCloseable {

    /** How long a signal waits for a run that is committing. */
    private static final long COMMIT_WAIT_SECONDS = 60;

    private final Object lock = new Object();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;
    private boolean committing;
    private boolean stopped;
    private boolean closed;

    private SignalStop(Runnable onStop) {
        this.hook = new Thread(() -> {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                stopped = !committing;
            }
            if (stopped) {
                onStop.run();
            } else {
                try {
                    ended.await(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "signal-stop");
    }

    /** From now until {@link #close()}, a signal runs {@code onStop} (on the hook's thread) unless the run is committing. */
    static SignalStop install(Runnable onStop) {
        SignalStop stop = new SignalStop(onStop);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Asked once before the run commits: {@code false} when a signal has stopped it. */
    boolean mayCommit() {
        synchronized (lock) {
            if (!stopped) {
                committing = true;
            }
            return !stopped;
        }
    }

    /** A signal stopped the run: it must not report anything more (the hook has). */
    boolean stopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: closed tells it there is nothing to do
        }
    }
}
