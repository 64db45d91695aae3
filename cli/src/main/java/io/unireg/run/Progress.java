package io.unireg.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a run is alive. On a terminal one line redrawn in place (rows, rows/s, elapsed); elsewhere
 * (cron, CI) a plain log line every few seconds, so logs stay readable.
 */
public final class Progress {

    private final PrintStream out;
    private final Consumer<String> log;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean drawn;

    private Progress(PrintStream out, boolean terminal, long intervalMillis) {
        this(out, null, terminal, intervalMillis);
    }

    private Progress(PrintStream out, Consumer<String> log, boolean terminal, long intervalMillis) {
        this.out = out;
        this.log = log;
        this.terminal = terminal;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.lastShown = start;
    }

    public static Progress none() {
        return new Progress(null, false, Long.MAX_VALUE / 2_000_000L);
    }

    public static Progress to(PrintStream out, boolean terminal) {
        return to(out, terminal, terminal ? 200 : 5_000);
    }

    static Progress to(PrintStream out, boolean terminal, long intervalMillis) {
        return new Progress(out, terminal, intervalMillis);
    }

    /** A line every few seconds into a run log (its format, its file), for runs with no terminal. */
    public static Progress toLog(Consumer<String> log) {
        return toLog(log, 5_000);
    }

    static Progress toLog(Consumer<String> log, long intervalMillis) {
        return new Progress(null, log, false, intervalMillis);
    }

    /** Called by the pipeline after each batch; cheap when nothing is due. */
    public void update(String source, long rows) {
        if (out == null && log == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        String line = line(source, rows, now);
        if (log != null) {
            log.accept("progress " + line);
            return;
        }
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            out.println("unireg: progress " + line);
        }
        out.flush();
    }

    public void finish() {
        if (out != null && terminal && drawn) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }

    private String line(String source, long rows, long now) {
        double seconds = (now - start) / 1e9;
        return String.format(Locale.ROOT, "%s: %,d rows, %,.0f rows/s, %s elapsed", source, rows,
                seconds > 0 ? rows / seconds : 0, elapsed(seconds));
    }

    static String elapsed(double seconds) {
        long s = (long) seconds;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
