package io.unireg.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job's state between runs: one SQLite file ({@code state/<job>/state.sqlite}) and the golden-records
 * file it names ({@link GoldenFile}). Every change is one transaction, so a run killed at any point
 * leaves the last good state or the new one, never a mix (SQLite's journal rolls an interrupted
 * transaction back on the next open; a golden file no committed transaction names is a leftover).
 */
public final class StateStore {

    /**
     * 3: the golden records in a {@link GoldenFile} the meta key {@code golden} names (2: in the table golden, keyed by
     * the id's 64-bit number, 4 bytes per field; 1: text ids, 8 bytes per field).
     */
    static final int FORMAT = 3;
    /** Format 2's golden table: the id's number, whole hash, then {@link Fingerprint} field hashes. */
    static final String GOLDEN = "create table if not exists golden(id integer primary key, hash integer not null, fields blob not null)";
    /** The meta key naming the golden-records file (relative to the store's folder); absent before a run kept any. */
    static final String GOLDEN_FILE = "golden";
    static final String PENDING = "create table if not exists pending(id integer primary key)";
    private static final int BATCH = 5000;

    private final Path file;
    private GoldenFile.Lookup lookup;
    private boolean lookupOpen;

    public StateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * The last good run's state; {@link PreviousState#EMPTY} when the store does not exist yet. Members
     * are read only for a job that dedupes: without dedupe a record's id follows from its one row.
     */
    public PreviousState load(boolean withMembers) throws IOException {
        if (!Files.exists(file)) {
            return PreviousState.empty();
        }
        try (Connection c = connect()) {
            Map<String, String> meta = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select key, value from meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            Set<String> pending = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from pending")) {
                while (rs.next()) {
                    pending.add(IdHashes.id(rs.getLong(1)));
                }
            }
            String runId = meta.get("run_id");
            if (runId == null) {
                return new PreviousState(null, List.of(), new IdHashes(), Map.of(), Map.of(), Map.of(), pending);
            }
            List<String> fields = Arrays.asList(meta.getOrDefault("fields", "").split("\t", -1));
            // Ids are shared by the members so a million of them cost one string each.
            Map<String, String> ids = new HashMap<>();
            IdHashes golden = new IdHashes();
            if (meta.containsKey(GOLDEN_FILE)) {
                Path records = goldenFile(meta.get(GOLDEN_FILE));
                if (!Files.exists(records)) {
                    throw new IOException(file + ": the golden-records file it names, " + records.getFileName() + ", is missing; restore it,"
                            + " or move " + file.getParent() + " away to start afresh (every record an insert)");
                }
                golden = GoldenFile.hashes(records);
            }
            Map<String, String> members = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    withMembers ? "select ref, unireg_id from member" : "select ref, unireg_id from member where 0")) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    String shared = ids.putIfAbsent(id, id);
                    members.put(rs.getString(1), shared != null ? shared : id);
                }
            }
            Map<String, Long> rows = new HashMap<>();
            Map<String, String> watermarks = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select source, rows_read, watermark from source")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getLong(2));
                    if (rs.getString(3) != null) {
                        watermarks.put(rs.getString(1), rs.getString(3));
                    }
                }
            }
            return new PreviousState(runId, List.copyOf(fields), golden, members, rows, watermarks, pending);
        } catch (SQLException | RuntimeException e) {
            throw new IOException(file + ": cannot read the state store: " + e.getMessage(), e);
        }
    }

    /**
     * The row caches the last good run left, by source ({@link RowCache}); empty before the first run.
     * Files in the cache folder that no entry names are a killed run's leftovers.
     */
    public Map<String, RowCache.Ref> rowCaches() throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select source, file, plan, rows from row_cache")) {
            Map<String, RowCache.Ref> refs = new HashMap<>();
            while (rs.next()) {
                refs.put(rs.getString(1), new RowCache.Ref(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
            return refs;
        } catch (SQLException e) {
            throw new IOException(file + ": cannot read the state store: " + e.getMessage(), e);
        }
    }

    /** Per source read by its change column: the watermark the next run reads from (typed text), empty before the first run. */
    public Map<String, String> watermarks() throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select source, watermark from source where watermark is not null order by source")) {
            Map<String, String> marks = new java.util.LinkedHashMap<>();
            while (rs.next()) {
                marks.put(rs.getString(1), rs.getString(2));
            }
            return marks;
        } catch (SQLException e) {
            throw new IOException(file + ": cannot read the state store: " + e.getMessage(), e);
        }
    }

    /** The last good run's per-field hashes of one record, for naming the fields that changed. */
    public synchronized byte[] fingerprint(String id) throws IOException {
        if (!lookupOpen) {
            String name;
            try (Connection c = connect()) {
                name = goldenName(c);
            } catch (SQLException e) {
                throw new IOException(file + ": cannot read the state store: " + e.getMessage(), e);
            }
            lookup = name == null ? null : new GoldenFile.Lookup(goldenFile(name));
            lookupOpen = true;
        }
        byte[] fields = lookup == null ? null : lookup.fields(IdHashes.key(id));
        return fields != null ? fields : new byte[0];
    }

    /** Closes the file {@link #fingerprint} opened. */
    public synchronized void closeReader() {
        if (lookup != null) {
            try {
                lookup.close();
            } catch (IOException ignored) {
                // read-only; nothing to lose
            }
        }
        lookup = null;
        lookupOpen = false;
    }

    private Path goldenFile(String name) {
        return file.toAbsolutePath().resolveSibling(name);
    }

    private static String goldenName(Connection c) throws SQLException {
        return FormatUpgrade.meta(c, GOLDEN_FILE);
    }

    /** Remembers ids (their keys) about to be written to an incremental output by a run that has not succeeded yet. */
    public void addPending(long[] keys) throws IOException {
        if (keys.length == 0) {
            return;
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted); // appends to the b-tree instead of splitting it all over (a first run: every id)
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            eachKey(c, "insert or ignore into pending(id) values (?)", sorted);
            c.commit();
        } catch (SQLException e) {
            throw new IOException(file + ": cannot write the state store: " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code next} the last good state, in one transaction: only the members that differ from
     * {@code previous} are written. The golden records go to a new file first (the last good one merged
     * with the spool in one sequential pass: the whole advance of a first run of a million records
     * took 0.41-0.47 s, against 1.74 s with SQLite's inserts), which the transaction names; a night
     * that changed nothing keeps the last one.
     */
    public void advance(PreviousState previous, NextState next) throws IOException {
        String name;
        try (Connection c = connect()) {
            String before = goldenName(c);
            // A night that changed nothing keeps the file as it is (nothing spooled, nothing gone, the same fields).
            boolean same = before != null && Files.size(next.spool()) == 0 && next.golden().size() == previous.golden().size()
                    && previous.fields().equals(next.fields());
            if (same) {
                name = before;
            } else {
                name = "golden-" + next.runId().replaceAll("[^A-Za-z0-9]", "-") + ".bin";
                if (name.equals(before)) {
                    name = name.replace(".bin", "-1.bin");
                }
                writeGolden(before == null ? null : goldenFile(before), next, goldenFile(name));
            }
            c.setAutoCommit(false);
            try {
                if (next.members().isEmpty()) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("delete from member");
                    }
                }
                try (PreparedStatement del = c.prepareStatement("delete from member where ref = ?");
                     PreparedStatement put = c.prepareStatement("insert or replace into member(ref, unireg_id) values (?, ?)")) {
                    Batch d = new Batch(del);
                    for (String ref : previous.members().keySet()) {
                        if (!next.members().containsKey(ref)) {
                            del.setString(1, ref);
                            d.add();
                        }
                    }
                    d.flush();
                    Batch p = new Batch(put);
                    for (Map.Entry<String, String> e : next.members().entrySet()) {
                        if (!e.getValue().equals(previous.members().get(e.getKey()))) {
                            put.setString(1, e.getKey());
                            put.setString(2, e.getValue());
                            p.add();
                        }
                    }
                    p.flush();
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from source");
                    s.executeUpdate("delete from pending");
                }
                try (PreparedStatement p = c.prepareStatement("insert into source(source, rows_read, watermark) values (?, ?, ?)")) {
                    for (Map.Entry<String, Long> e : next.sourceRows().entrySet()) {
                        p.setString(1, e.getKey());
                        p.setLong(2, e.getValue());
                        p.setString(3, next.watermarks().get(e.getKey()));
                        p.executeUpdate();
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from row_cache");
                }
                try (PreparedStatement p = c.prepareStatement("insert into row_cache(source, file, plan, rows) values (?, ?, ?, ?)")) {
                    for (RowCache.Ref r : next.rowCaches().values()) {
                        p.setString(1, r.source());
                        p.setString(2, r.file());
                        p.setString(3, r.plan());
                        p.setLong(4, r.rows());
                        p.executeUpdate();
                    }
                }
                try (PreparedStatement p = c.prepareStatement("insert or replace into meta(key, value) values (?, ?)")) {
                    for (Map.Entry<String, String> e : Map.of("format", Integer.toString(FORMAT), "run_id", next.runId(),
                            "fields", String.join("\t", next.fields()), "manifest", next.manifest(), GOLDEN_FILE, name).entrySet()) {
                        p.setString(1, e.getKey());
                        p.setString(2, e.getValue());
                        p.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (!same) {
                    Files.deleteIfExists(goldenFile(name));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException(file + ": cannot write the state store: " + e.getMessage(), e);
        }
        deleteGoldenExcept(name);
    }

    /**
     * The next golden file: the last good one's records that this run still has ({@code next.golden()}),
     * with the spool's new and changed ones in their place — both sorted, so one merge.
     */
    private static void writeGolden(Path before, NextState next, Path target) throws IOException {
        int fieldBytes = Fingerprint.FIELD_BYTES * next.fields().size();
        try (GoldenFile.Cursor old = before == null ? null : new GoldenFile.Cursor(before);
             Spool.Reader spool = Spool.read(next.spool());
             GoldenFile.Writer out = new GoldenFile.Writer(target, fieldBytes)) {
            Latest spooled = new Latest(spool);
            boolean hasOld = old != null && nextKept(old, next.golden());
            while (hasOld || spooled.has) {
                if (spooled.has && (!hasOld || spooled.key <= old.key)) {
                    if (hasOld && spooled.key == old.key) {
                        hasOld = nextKept(old, next.golden());
                    }
                    out.add(spooled.key, spooled.whole, spooled.fields);
                    spooled.advance();
                } else {
                    // Kept and not spooled: unchanged, so in this run's fields (a schema change spools every record).
                    out.add(old.key, old.whole, old.fields);
                    hasOld = nextKept(old, next.golden());
                }
            }
            out.commit();
        }
    }

    /** The spool's records one key at a time: of equal keys the last added, as an upsert of each in turn would leave. */
    private static final class Latest {
        private final Spool.Reader reader;
        private boolean pending;
        boolean has;
        long key;
        long whole;
        byte[] fields;

        Latest(Spool.Reader reader) throws IOException {
            this.reader = reader;
            this.pending = reader.next();
            advance();
        }

        void advance() throws IOException {
            has = pending;
            if (!has) {
                return;
            }
            key = reader.key();
            whole = reader.whole();
            fields = reader.fields();
            while ((pending = reader.next()) && reader.key() == key) {
                whole = reader.whole();
                fields = reader.fields();
            }
        }
    }

    /** Moves {@code old} to its next record this run still has; false at its end. */
    private static boolean nextKept(GoldenFile.Cursor old, SeenIds kept) throws IOException {
        while (old.next()) {
            if (kept.containsKey(old.key)) {
                return true;
            }
        }
        return false;
    }

    /** Removes the golden files (and a killed run's temporary ones) other than {@code name}; what fails here the next advance removes. */
    private void deleteGoldenExcept(String name) {
        Path folder = file.toAbsolutePath().getParent();
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder, "golden-*")) {
            for (Path f : files) {
                if (!f.getFileName().toString().equals(name)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException ignored) {
            // leftovers only; the state names the new file
        }
    }

    private Connection connect() throws SQLException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("pragma synchronous = full");
            s.execute("create table if not exists meta(key text primary key, value text not null)");
            String format = FormatUpgrade.format(c);
            if (format != null && Integer.parseInt(format) > FORMAT) {
                throw new IOException(file + ": state store format " + format + " is newer than this unireg understands (" + FORMAT
                        + "); run the unireg that wrote it, or move " + file.getParent() + " away to start afresh (every record an insert)");
            }
            FormatUpgrade.fromOne(c);
            FormatUpgrade.fromTwo(c, file.toAbsolutePath().getParent());
            s.execute("create table if not exists member(ref text primary key, unireg_id text not null) without rowid");
            s.execute("create table if not exists source(source text primary key, rows_read integer not null, watermark text)");
            s.execute(PENDING);
            s.execute("create table if not exists row_cache(source text primary key, file text not null, plan text not null,"
                    + " rows integer not null)");
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Runs {@code sql} (one {@code ?}: an id's key) for each of {@code keys}, in batches. */
    private static void eachKey(Connection c, String sql, long[] keys) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Batch b = new Batch(p);
            for (long k : keys) {
                p.setLong(1, k);
                b.add();
            }
            b.flush();
        }
    }

    /**
     * The state a successful run leaves. {@code spool}: the new and changed records' fingerprints; {@code golden}: the run's ids that {@code previous}
     * had (it is only asked which of those are gone).
     */
    public record NextState(String runId, List<String> fields, SeenIds golden, Path spool, Map<String, String> members,
                            Map<String, Long> sourceRows, Map<String, String> watermarks,
                            Map<String, RowCache.Ref> rowCaches, String manifest) {
    }

    private static final class Batch {
        private final PreparedStatement statement;
        private int n;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++n % BATCH == 0) {
                statement.executeBatch();
            }
        }

        void flush() throws SQLException {
            statement.executeBatch();
        }
    }
}
