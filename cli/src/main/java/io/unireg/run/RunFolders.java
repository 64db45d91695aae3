package io.unireg.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job's output folder over many runs: each run writes one folder {@code runs/<yyyyMMdd'T'HHmmss'Z'>[-N]/};
 * {@code latest} is a relative symlink to the last run that succeeded, replaced in one rename so a
 * reader sees either the old run or the new one. A run that fails gets {@code failed.json} in its
 * folder instead of being published, so {@code unireg history} still lists it; a run killed outright
 * is found (no manifest, no failed.json) and marked by the next run. Every change here is made
 * under the job's run lock.
 */
public final class RunFolders {

    public static final String RUNS = "runs";
    public static final String LATEST = "latest";
    public static final String FAILED = "failed.json";
    static final String DELETING_PREFIX = ".deleting-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private RunFolders(Path dir) {
        this.dir = dir;
    }

    /** The job's output folder ({@code --out}, default {@code out/<job>}). */
    public static RunFolders of(Path outDir) {
        return new RunFolders(outDir);
    }

    public Path dir() {
        return dir;
    }

    public Path runs() {
        return dir.resolve(RUNS);
    }

    public Path latestLink() {
        return dir.resolve(LATEST);
    }

    /** Creates the folder for a run that starts now; a second run in the same second gets {@code -2}, {@code -3}, … */
    public Path create(Instant started) throws IOException {
        Files.createDirectories(runs());
        String stamp = STAMP.format(started);
        for (int n = 1; ; n++) {
            Path run = runs().resolve(n == 1 ? stamp : stamp + "-" + n);
            try {
                return Files.createDirectory(run);
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier run in the same second
            }
        }
    }

    /** Points {@code latest} at {@code run}: a temporary symlink renamed over the old one (rename is atomic). */
    public void publish(Path run) throws IOException {
        Path target = dir.relativize(run);
        Path temp = dir.resolve(".latest-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createSymbolicLink(temp, target);
        try {
            Files.move(temp, latestLink(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
            throw new IOException(dir + ": cannot replace the 'latest' link atomically on this file system", e);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A folder a user names for {@code report} or {@code diff}: a run folder as it is, a job's output
     * folder (no manifest of its own, a {@code latest} link) as the run {@code latest} points to.
     */
    public static Path finishedRun(Path dir) {
        if (!Files.exists(dir.resolve(JobRunner.MANIFEST)) && Files.isRegularFile(dir.resolve(LATEST).resolve(JobRunner.MANIFEST))) {
            return dir.resolve(LATEST);
        }
        return dir;
    }

    /** The run {@code latest} points to, if any. */
    public Optional<Path> latest() {
        Path link = latestLink();
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            Path target = dir.resolve(Files.readSymbolicLink(link)).normalize();
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records why a run failed in its folder; what the run staged is gone already. */
    public void markFailed(Path run, Instant started, Instant finished, int exitCode, String status, String message) throws IOException {
        Files.createDirectories(run);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("exit_code", exitCode);
        m.put("started_at", started == null ? null : started.toString());
        m.put("finished_at", finished == null ? null : finished.toString());
        m.put("message", message);
        Path temp = run.resolve("." + FAILED + ".tmp");
        JSON.writeValue(temp.toFile(), m);
        Files.move(temp, run.resolve(FAILED), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A run stopped by a signal before it committed: what it staged is removed and {@code failed.json}
     * says {@code stopped}. The run's own threads may still be writing into the staging folder meanwhile;
     * files removed under them are gone, and the process ends right after.
     */
    public void markStopped(Path run, Instant started, String message) throws IOException {
        removeStaging(run);
        markFailed(run, started, Instant.now(), ExitCodes.FAILED, "stopped", message);
    }

    private static void removeStaging(Path run) throws IOException {
        try (DirectoryStream<Path> staging = Files.newDirectoryStream(run, OutputFolder.STAGING_PREFIX + "*")) {
            for (Path s : staging) {
                OutputFolder.deleteTree(s);
            }
        }
    }

    /**
     * Runs that were killed (a folder with neither a manifest nor {@code failed.json}) are marked
     * {@code killed} and their staging folders removed. Only call this holding the run lock: then no
     * other run is in progress.
     */
    public List<Path> markKilled() throws IOException {
        List<Path> marked = new ArrayList<>();
        for (Path run : runFolders()) {
            if (!Files.exists(run.resolve(JobRunner.MANIFEST)) && !Files.exists(run.resolve(FAILED))) {
                removeStaging(run);
                markFailed(run, startOf(run), null, ExitCodes.FAILED, "killed",
                        "the run ended without finishing (killed, or the machine stopped); found by the next run");
                marked.add(run);
            }
        }
        return marked;
    }

    /**
     * Keeps the newest {@code keep} runs and deletes the others, never the one {@code latest} points
     * to and never {@code current} (the run in progress). Each folder is first renamed out of
     * {@code runs/}'s listing, so an interrupted prune leaves no half run behind.
     */
    public List<Path> prune(int keep, Path current) throws IOException {
        List<Path> runs = runFolders();
        Optional<Path> latest = latest();
        List<Path> removed = new ArrayList<>();
        int kept = 0;
        for (int i = runs.size() - 1; i >= 0; i--) {
            Path run = runs.get(i);
            boolean protectedRun = run.equals(current.normalize()) || latest.map(run::equals).orElse(false);
            if (kept < keep || protectedRun) {
                kept++;
                continue;
            }
            Path doomed = runs().resolve(DELETING_PREFIX + run.getFileName());
            Files.move(run, doomed, StandardCopyOption.ATOMIC_MOVE);
            removed.add(run);
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(runs(), DELETING_PREFIX + "*")) {
            for (Path p : leftovers) {
                OutputFolder.deleteTree(p);
            }
        }
        return removed;
    }

    /** Every run folder, oldest first (their names sort by time). */
    public List<Path> runFolders() throws IOException {
        List<Path> runs = new ArrayList<>();
        if (!Files.isDirectory(runs())) {
            return runs;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs())) {
            for (Path p : entries) {
                if (!p.getFileName().toString().startsWith(".") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    runs.add(p.normalize());
                }
            }
        }
        runs.sort(RunFolders::byTime);
        return runs;
    }

    /** 20261202T010203Z < 20261202T010203Z-2 < 20261202T010203Z-10 */
    private static int byTime(Path a, Path b) {
        String[] x = a.getFileName().toString().split("-", 2);
        String[] y = b.getFileName().toString().split("-", 2);
        int c = x[0].compareTo(y[0]);
        if (c != 0) {
            return c;
        }
        return Integer.compare(x.length == 1 ? 1 : parseOr(x[1]), y.length == 1 ? 1 : parseOr(y[1]));
    }

    private static int parseOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static Instant startOf(Path run) {
        try {
            return Instant.from(STAMP.parse(run.getFileName().toString().split("-", 2)[0]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One past run as {@code unireg history} shows it. */
    public record RunInfo(String run, String status, Integer exitCode, Instant startedAt, Instant finishedAt,
                          Long rowsRead, Long rowsRejected, Long records, boolean latest, String message) {

        public Double durationSeconds() {
            return startedAt == null || finishedAt == null ? null
                    : (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
        }
    }

    /**
     * What each run folder says about its run, oldest first. A folder with neither a manifest nor
     * {@code failed.json} is {@code running} when it is the newest and {@code runInProgress}, else {@code killed}.
     */
    public List<RunInfo> history(boolean runInProgress) throws IOException {
        Optional<Path> latest = latest();
        List<RunInfo> infos = new ArrayList<>();
        List<Path> runs = runFolders();
        for (int i = 0; i < runs.size(); i++) {
            Path run = runs.get(i);
            // only the newest folder can belong to the run in progress; older unfinished ones were killed
            infos.add(info(run, latest.map(run::equals).orElse(false), runInProgress && i == runs.size() - 1));
        }
        return infos;
    }

    private static RunInfo info(Path run, boolean isLatest, boolean runInProgress) throws IOException {
        String name = run.getFileName().toString();
        Path manifest = run.resolve(JobRunner.MANIFEST);
        if (Files.isRegularFile(manifest)) {
            JsonNode m = JSON.readTree(manifest.toFile());
            int exit = m.path("exit_code").asInt();
            JsonNode counts = m.path("counts");
            return new RunInfo(name, exit == ExitCodes.OK ? "ok" : exit == ExitCodes.QUALITY_GATE ? "quality-gate-failed" : "exit-" + exit,
                    exit, instant(m.path("started_at")), instant(m.has("completed_at") ? m.path("completed_at") : m.path("finished_at")),
                    counts.path("rows_read").asLong(), counts.path("rows_rejected").asLong(), counts.path("records_written").asLong(),
                    isLatest, null);
        }
        Path failed = run.resolve(FAILED);
        if (Files.isRegularFile(failed)) {
            JsonNode f = JSON.readTree(failed.toFile());
            return new RunInfo(name, f.path("status").asText("failed"), f.path("exit_code").asInt(ExitCodes.FAILED),
                    instant(f.path("started_at")), instant(f.path("finished_at")), null, null, null, isLatest,
                    f.path("message").isTextual() ? f.path("message").asText() : null);
        }
        return new RunInfo(name, runInProgress ? "running" : "killed", null, startOf(run), null, null, null, null, isLatest, null);
    }

    private static Instant instant(JsonNode n) {
        try {
            return n.isTextual() ? Instant.parse(n.asText()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
