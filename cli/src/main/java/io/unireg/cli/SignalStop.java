package io.unireg.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a run does when its process is asked to stop: SIGTERM from a scheduler's time limit, systemd or
 * {@code timeout}, or Ctrl-C. The JVM runs its shutdown hooks and exits with 128 + the signal; without
 * one the run ended with no summary line and no {@code failed.json}, its staging folder left for the
 * next run to remove.
 *
 * <p>The hook and the run agree who finishes. Before the run commits anything it asks
 * {@link #mayCommit()}: after a signal the answer is no, and the hook alone reports the run as stopped
 * (the action given to {@link #onStop}, which ends the process). Once the answer was yes, the run is
 * committing (transactions, moving files, seconds at most): a signal then waits for the run to end and
 * exits with the run's own code, so a run is never half published, nor published and reported failed.
 */
final class SignalStop implements AutoCloseable {

    /** How long a signal waits for a run that is committing. */
    private static final long COMMIT_WAIT_SECONDS = 60;

    private final Object lock = new Object();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable action;
    private boolean committing;
    private boolean stopped;
    private boolean closed;
    private volatile int exitCode = 1;

    private SignalStop() {
        this.hook = new Thread(this::signalled, "signal-stop");
    }

    /** From now until {@link #close}, a signal stops the run unless it is committing. */
    static SignalStop install() {
        SignalStop stop = new SignalStop();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** What a signal does before the run commits (on the hook's thread); it must end the process. */
    void onStop(Runnable stopAction) {
        this.action = stopAction;
    }

    private void signalled() {
        boolean over;
        synchronized (lock) {
            over = closed;
            stopped = !closed && !committing;
        }
        if (over) {
            Runtime.getRuntime().halt(exitCode); // the run has ended: its code, not the signal's
        }
        if (stopped) {
            Runnable stopAction = action;
            if (stopAction != null) {
                stopAction.run();
            }
            return; // nothing begun yet: the JVM's own exit
        }
        try {
            if (ended.await(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                Runtime.getRuntime().halt(exitCode);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** The run is over with {@code code}: a signal that came while it committed exits with it. */
    void close(int code) {
        exitCode = code;
        close();
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
            // a signal came: the hook is waiting for `ended` and exits with the run's code
        }
    }
}
