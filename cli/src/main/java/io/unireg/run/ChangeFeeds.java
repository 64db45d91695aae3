package io.unireg.run;

import io.unireg.sink.Sha256;
import io.unireg.source.ChangeColumns;
import io.unireg.source.SourceOpeners;
import io.unireg.state.RowCache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sources of a run that declare a change column ({@code incremental: {column: …}}): each is read
 * from the last good run's watermark on, and every row it did not deliver is carried over from that
 * run's {@link RowCache} — so a night with 1% changed reads, maps and validates 1% of the rows, while
 * dedupe, reconcile, the change set and the full outputs still see every record.
 *
 * <p>A source is read whole instead when there is nothing safe to carry: no state (first run,
 * {@code --no-state}, a limited run), {@code --full-read}, or a cache made under another job file,
 * schema or unireg version (its rows would be mapped by rules that no longer hold).
 */
final class ChangeFeeds {

    /** Where a row accepted by a fed source goes: the pipeline turns it into a record and a link. */
    interface Emit {
        void row(String key, String[] values) throws Exception;
    }

    private final SourceOpeners openers;
    private final Path folder;
    private final Map<String, String> watermarks;
    private final Map<String, RowCache.Ref> caches;
    private final boolean fullRead;
    private final String tag;
    private final String planPrint;
    private final Map<String, String> nextWatermarks = new LinkedHashMap<>();
    private final Map<String, RowCache.Ref> nextCaches = new LinkedHashMap<>();

    private ChangeFeeds(SourceOpeners openers, Path folder, Map<String, String> watermarks, Map<String, RowCache.Ref> caches,
                        boolean fullRead, String tag, String planPrint) {
        this.openers = openers;
        this.folder = folder;
        this.watermarks = watermarks;
        this.caches = caches;
        this.fullRead = fullRead;
        this.tag = tag;
        this.planPrint = planPrint;
    }

    /** No state: fed sources are read whole and nothing is cached (a dry, limited or stateless run). */
    static ChangeFeeds none(SourceOpeners openers) {
        return new ChangeFeeds(openers, null, Map.of(), Map.of(), true, null, null);
    }

    /**
     * The feeds of a run keeping its state in {@code stateDir}. Cache files no entry of the last good
     * run names are a killed run's and are removed (the caller holds the job's lock).
     */
    static ChangeFeeds open(SourceOpeners openers, Path stateDir, Map<String, String> watermarks,
                            Map<String, RowCache.Ref> caches, boolean fullRead, String runTag, Plan plan) throws IOException {
        Path folder = stateDir.resolve("rows");
        deleteUnnamed(folder, caches);
        return new ChangeFeeds(openers, folder, watermarks, caches, fullRead, runTag, fingerprint(plan));
    }

    /** The feed for {@code source}, or {@code null} when it declares no change column. */
    Feed feed(SourcePlan source, int width) throws IOException {
        ChangeColumns columns = openers.changeColumns(source.spec()).orElse(null);
        if (columns == null) {
            return null;
        }
        int deleted = columns.deleted() == null ? -1 : source.columns().indexOf(columns.deleted());
        if (columns.deleted() != null && deleted < 0) {
            throw new IllegalStateException("source '" + source.id() + "': incremental.deleted '" + columns.deleted()
                    + "' is not a column of the result (columns: " + String.join(", ", source.columns()) + ")");
        }
        if (folder == null) {
            return new Feed(this, source.id(), null, null, null, deleted, "no state kept");
        }
        String plan = planPrint + "/" + source.id();
        RowCache.Ref before = caches.get(source.id());
        String since = watermarks.get(source.id());
        String reason = fullRead ? "--full-read"
                : since == null || before == null ? "first run with a state"
                : !before.plan().equals(plan) ? "the job file, its schema or unireg changed since the last good run"
                : !Files.isRegularFile(folder.getParent().resolve(before.file())) ? "the last good run's row cache is missing"
                : null;
        Path file = folder.resolve(safe(source.id()) + "-" + tag + ".rows");
        RowCache.Writer next = RowCache.create(file, plan, width);
        Path carried = reason == null ? folder.getParent().resolve(before.file()) : null;
        return new Feed(this, source.id(), reason == null ? since : null, carried, next, deleted, reason);
    }

    /** A fed source finished: its new watermark and row cache become part of the state when the run succeeds. */
    void finished(String source, String watermark, RowCache.Ref cache) {
        if (watermark != null) {
            nextWatermarks.put(source, watermark);
        }
        if (cache != null) {
            nextCaches.put(source, cache);
        }
    }

    Map<String, String> watermarks() {
        return Map.copyOf(nextWatermarks);
    }

    Map<String, RowCache.Ref> rowCaches() {
        return Map.copyOf(nextCaches);
    }

    /** After the state named this run's caches: the last good run's files go (a failure here is left to the next run). */
    void pruneUnnamed() {
        if (folder == null) {
            return;
        }
        try {
            deleteUnnamed(folder, nextCaches);
        } catch (IOException ignored) {
            // removed by the next run, which deletes every file the state does not name
        }
    }

    /** Removes every file of the cache folder that none of {@code caches} names. */
    private static void deleteUnnamed(Path folder, Map<String, RowCache.Ref> caches) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> named = new HashSet<>();
        caches.values().forEach(r -> named.add(Path.of(r.file()).getFileName().toString()));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (!named.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    String relative(Path file) {
        return folder.getParent().relativize(file).toString();
    }

    /**
     * What the carried rows were mapped under: the job file's bytes, the target schema and unireg's
     * version. Lookup files a job names (map: file, renames) are not in it: after changing one, run once
     * with --full-read.
     */
    private static String fingerprint(Plan plan) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(ToolVersion.get().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(plan.job().sha256().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(String.valueOf(plan.schema()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static String safe(String id) {
        return id.replaceAll("[^\\p{L}\\p{N}_.-]", "_").toLowerCase(Locale.ROOT);
    }
}
