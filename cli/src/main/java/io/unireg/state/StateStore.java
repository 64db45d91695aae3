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
import java.util.Collection;
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

    static final int FORMAT = 1;
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
            String format = meta.get("format");
            if (format != null && Integer.parseInt(format) > FORMAT) {
                throw new IOException(file + ": state store format " + format + " is newer than this unireg understands (" + FORMAT + ")");
            }
            Set<String> pending = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select unireg_id from pending")) {
                while (rs.next()) {
                    pending.add(rs.getString(1));
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
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select unireg_id, fingerprint from golden")) {
                while (rs.next()) {
                    golden.put(rs.getString(1), Fingerprint.whole(rs.getBytes(2)));
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
                lookup = reader.prepareStatement("select fingerprint from golden where unireg_id = ?");
            }
            lookup.setString(1, id);
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

    /** Remembers ids about to be written to an incremental output by a run that has not succeeded yet. */
    public void addPending(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert or ignore into pending(unireg_id) values (?)")) {
                int n = 0;
                for (String id : ids) {
                    p.setString(1, id);
                    p.addBatch();
                    if (++n % BATCH == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
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
                try (PreparedStatement del = c.prepareStatement("delete from golden where unireg_id = ?")) {
                    Batch d = new Batch(del);
                    SQLException[] failed = new SQLException[1];
                    previous.golden().forEachKey(k -> {
                        if (failed[0] == null && !next.golden().containsKey(k)) {
                            try {
                                del.setString(1, IdHashes.id(k));
                                d.add();
                            } catch (SQLException e) {
                                failed[0] = e;
                            }
                        }
                    });
                    if (failed[0] != null) {
                        throw failed[0];
                    }
                    d.flush();
                }
                try (PreparedStatement put = c.prepareStatement("insert or replace into golden(unireg_id, fingerprint) values (?, ?)");
                     Spool.Reader changed = Spool.read(next.spool())) {
                    Batch p = new Batch(put);
                    while (changed.next()) {
                        put.setString(1, changed.id());
                        put.setBytes(2, changed.fingerprint());
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
            s.execute("create table if not exists golden(unireg_id text primary key, fingerprint blob not null) without rowid");
            s.execute("create table if not exists member(ref text primary key, unireg_id text not null) without rowid");
            s.execute("create table if not exists source(source text primary key, rows_read integer not null, watermark text)");
            s.execute("create table if not exists pending(unireg_id text primary key) without rowid");
            s.execute("create table if not exists row_cache(source text primary key, file text not null, plan text not null,"
                    + " rows integer not null)");
        }
        return c;
    }

    /** The state a successful run leaves. */
    /** {@code spool}: the new and changed records' fingerprints; {@code golden}: every id of the run. */
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
