package io.unireg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where {@code unireg run} says what happens: stderr and, with {@code --log-file}, a file it appends
 * to; as plain lines ({@code text}) or one JSON object a line ({@code json}). Messages carry counts,
 * paths and figures only — the callers never pass a record's values (no personal data in logs).
 * {@code --quiet} drops the info lines (progress) from stderr; the file always gets everything.
 */
final class RunLog implements AutoCloseable {

    enum Format { text, json }

    enum Level { info, warning, error }

    /** The keys of the JSON summary object, always all present (null when not known), in this order. */
    static final String[] SUMMARY_KEYS = {"time", "level", "job", "event", "status", "exit_code", "rows_read", "rows_rejected",
            "records", "run_dir", "duration_seconds", "message"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter err;
    private final Format format;
    private final boolean quiet;
    private final Clock clock;
    private final BufferedWriter file;
    private String job;

    private RunLog(PrintWriter err, Format format, boolean quiet, Clock clock, BufferedWriter file, String job) {
        this.err = err;
        this.format = format;
        this.quiet = quiet;
        this.clock = clock;
        this.file = file;
        this.job = job;
    }

    /** Opens the log; {@code IOException} when the log file cannot be opened for appending. */
    static RunLog open(PrintWriter err, Format format, Path logFile, boolean quiet, Clock clock, String job) throws IOException {
        BufferedWriter file = null;
        if (logFile != null) {
            Path parent = logFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            file = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return new RunLog(err, format, quiet, clock, file, job);
    }

    void job(String name) {
        this.job = name;
    }

    Format format() {
        return format;
    }

    void info(String event, String text) {
        log(Level.info, event, text);
    }

    void warn(String event, String text) {
        log(Level.warning, event, text);
    }

    void error(String event, String text) {
        log(Level.error, event, text);
    }

    /** A line made elsewhere (a job file error, {@code file:line:col: message}): as it is in text format. */
    void raw(Level level, String event, String line) {
        if (format == Format.text) {
            emit(level, line);
        } else {
            log(level, event, line);
        }
    }

    /**
     * A line as {@code unireg: <text>} in text format, or as {@code {"time", "level", "job", "event",
     * "message"}} in json format.
     */
    void log(Level level, String event, String text) {
        if (format == Format.text) {
            emit(level, "unireg: " + text);
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", clock.instant().toString());
        m.put("level", level.name());
        m.put("job", job);
        m.put("event", event);
        m.put("message", text);
        emit(level, json(m));
    }

    /** The run's closing line; in text format {@code textLine} as it is, in json the summary object. */
    void summary(String status, int exitCode, Long rowsRead, Long rowsRejected, Long records, Path runDir,
                 Double seconds, String textLine) {
        if (format == Format.text) {
            emit(Level.error, textLine);
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", clock.instant().toString());
        m.put("level", exitCode == 0 ? "info" : "error");
        m.put("job", job);
        m.put("event", "summary");
        m.put("status", status);
        m.put("exit_code", exitCode);
        m.put("rows_read", rowsRead);
        m.put("rows_rejected", rowsRejected);
        m.put("records", records);
        m.put("run_dir", runDir == null ? null : runDir.toString());
        m.put("duration_seconds", seconds == null ? null : Math.round(seconds * 1000) / 1000.0);
        m.put("message", textLine.startsWith("unireg: ") ? textLine.substring("unireg: ".length()) : textLine);
        emit(Level.error, json(m));
    }

    private synchronized void emit(Level level, String line) {
        if (!(quiet && level == Level.info)) {
            err.println(line);
            err.flush();
        }
        if (file != null) {
            try {
                file.write(format == Format.text ? clock.instant() + " " + line : line);
                file.newLine();
                file.flush();
            } catch (IOException e) {
                err.println("unireg: cannot write the log file: " + e.getMessage());
            }
        }
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // the lines are flushed one by one already
            }
        }
    }
}
