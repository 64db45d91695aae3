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
 * A job's state between runs: one SQLite file ({@code state/<job>/state.sqlite}). Every change is one
 * transaction, so a run killed at any point leaves the last good state or the new one, never a mix
 * (SQLite's journal rolls an interrupted transaction back on the next open).
 */
public final class StateStore {

    /** 2: golden and pending keyed by the id's 64-bit number, the whole hash stored, 4 bytes per field (1: text ids, 8 bytes per field). */
    static final int FORMAT = 2;
    /** A golden record: the id's number (so SQLite keeps it in its rowid b-tree), whole hash, then {@link Fingerprint} field hashes. */
    static final String GOLDEN = "create table if not exists golden(id integer primary key, hash integer not null, fields blob not null)";
    static final String PENDING = "create table if not exists pending(id integer primary key)";
    private static final int BATCH = 5000;

    private final Path file;
    private Connection reader;
    private PreparedStatement lookup;

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
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, hash from golden")) {
                while (rs.next()) {
                    golden.put(rs.getLong(1), rs.getLong(2));
                }
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
        try {
            if (reader == null) {
                reader = connect();
                lookup = reader.prepareStatement("select fields from golden where id = ?");
            }
            lookup.setLong(1, IdHashes.key(id));
            try (ResultSet rs = lookup.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : new byte[0];
            }
        } catch (SQLException e) {
            throw new IOException(file + ": cannot read the state store: " + e.getMessage(), e);
        }
    }

    /** Closes the connection {@link #fingerprint} opened. */
    public synchronized void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException ignored) {
                // read-only; nothing to lose
            }
            reader = null;
            lookup = null;
        }
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
     * Makes {@code next} the last good state, in one transaction: only the golden records and
     * members that differ from {@code previous} are written, so a nightly run with few changes
     * writes little.
     */
    public void advance(PreviousState previous, NextState next) throws IOException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                deleteVanished(c, previous.golden(), next.golden());
                try (PreparedStatement put = c.prepareStatement("insert or replace into golden(id, hash, fields) values (?, ?, ?)");
                     Spool.Reader changed = Spool.read(next.spool())) {
                    Batch p = new Batch(put);
                    while (changed.next()) {
                        put.setLong(1, changed.key());
                        put.setLong(2, changed.whole());
                        put.setBytes(3, changed.fields());
                        p.add();
                    }
                    p.flush();
                }
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
                            "fields", String.join("\t", next.fields()), "manifest", next.manifest()).entrySet()) {
                        p.setString(1, e.getKey());
                        p.setString(2, e.getValue());
                        p.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException(file + ": cannot write the state store: " + e.getMessage(), e);
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
            s.execute(GOLDEN);
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

    /** Deletes the last good run's ids that this run does not have, in key order. */
    private static void deleteVanished(Connection c, IdHashes previous, IdHashes next) throws SQLException {
        eachKey(c, "delete from golden where id = ?", previous.keysNotIn(next));
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
    public record NextState(String runId, List<String> fields, IdHashes golden, Path spool, Map<String, String> members,
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
