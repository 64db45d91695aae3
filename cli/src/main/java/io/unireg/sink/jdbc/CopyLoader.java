package io.unireg.sink.jdbc;

import io.unireg.sink.Utf8;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL only: rows go in with {@code COPY … FROM STDIN} (CSV), the fastest way into the server.
 * Append copies straight into the table. Upsert copies a chunk into a temporary table, then moves it
 * with one {@code INSERT … SELECT DISTINCT ON (key) … ON CONFLICT (key) DO UPDATE}; a key seen twice
 * keeps its last row, as a statement-by-statement upsert would.
 *
 * <p>Into an empty table (a first load, or replace's fresh staging table) an upsert is an insert as
 * long as no key repeats, so chunks are copied straight into the table — about three times faster than
 * staging and merging (measured: 13 s against 36 s for a million rows on the loaded test machine). Each
 * such chunk runs under a savepoint with its bytes kept; the first duplicate key rolls the chunk back
 * and replays it through the staging path, which every later chunk then takes.
 */
final class CopyLoader implements Loader {

    static final int CHUNK_ROWS = 100_000;
    private static final String TEMP = "unireg_load";
    private static final String SEQ = "unireg_load_seq";

    private final Connection connection;
    private final org.postgresql.copy.CopyManager copy;
    private final String target;
    private final String colList;
    private String copySql;
    private String mergeSql;
    /** Copying straight into the (empty) table; false once a key repeated or when the table had rows. */
    private boolean direct;
    private java.sql.Savepoint savepoint;
    private java.io.ByteArrayOutputStream chunkBytes;
    private final int columns;
    /** CSV for COPY, encoded to UTF-8 as it is built (a StringBuilder, toString and getBytes cost three copies). */
    private final byte[] buffer = new byte[(1 << 16) + 64];
    private int length;
    private CopyIn in;
    private long chunkRows;

    CopyLoader(Connection connection, TableDesign design, String table, boolean upsert) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.columns = design.columns().size();
        DSLContext r = DSL.using(SQLDialect.POSTGRES);
        this.target = r.render(TableDesign.name(table));
        List<String> cols = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Column c : design.columns()) {
            String q = r.render(DSL.name(c.name()));
            cols.add(q);
            if (design.key().contains(c.name())) {
                keys.add(q);
            } else {
                sets.add(q + " = excluded." + q);
            }
        }
        this.colList = String.join(", ", cols);
        if (upsert) {
            this.mergeSql = "insert into " + target + " (" + colList + ") select distinct on (" + String.join(", ", keys) + ") "
                    + colList + " from " + TEMP + " order by " + String.join(", ", keys) + ", " + SEQ + " desc on conflict ("
                    + String.join(", ", keys) + ") do " + (sets.isEmpty() ? "nothing" : "update set " + String.join(", ", sets));
            this.direct = emptyAndLocked();
            if (direct) {
                this.copySql = "copy " + target + " (" + colList + ") from stdin with (format csv)";
            } else {
                useStaging();
            }
        } else {
            this.copySql = "copy " + target + " (" + colList + ") from stdin with (format csv)";
            this.mergeSql = null;
        }
    }

    /**
     * Whether the table holds no row, asked under a lock that keeps other writers out until this run's
     * transaction ends (readers are not blocked), so the answer stays true while the run loads.
     */
    private boolean emptyAndLocked() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("lock table " + target + " in share row exclusive mode");
            try (var rs = s.executeQuery("select not exists (select 1 from " + target + ")")) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void useStaging() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create temporary table if not exists " + TEMP + " (like " + target + " including defaults) on commit drop");
            s.execute("alter table " + TEMP + " add column if not exists " + SEQ + " bigserial");
            s.execute("truncate " + TEMP);
        }
        this.copySql = "copy " + TEMP + " (" + colList + ") from stdin with (format csv)";
        this.direct = false;
    }

    @Override
    public void add(String[] row) throws SQLException {
        if (in == null) {
            if (direct) {
                savepoint = connection.setSavepoint();
                chunkBytes = new java.io.ByteArrayOutputStream(1 << 20);
            }
            in = copy.copyIn(copySql);
        }
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                put(',');
            }
            String v = row[i];
            if (v != null && !v.isEmpty()) {
                put('"');
                int n = v.length();
                for (int k = 0; k < n; k++) {
                    char ch = v.charAt(k);
                    if (ch < 0x80) {
                        if (ch == '"') {
                            put('"');
                        }
                        put(ch);
                    } else if (Character.isHighSurrogate(ch) && k + 1 < n && Character.isLowSurrogate(v.charAt(k + 1))) {
                        putCodePoint(Character.toCodePoint(ch, v.charAt(++k)));
                    } else {
                        putCodePoint(Character.isSurrogate(ch) ? '?' : ch);
                    }
                }
                put('"');
            }
        }
        put('\n');
        if (++chunkRows == CHUNK_ROWS) {
            endChunk();
        }
    }

    private void put(char ascii) throws SQLException {
        if (length == buffer.length) {
            send();
        }
        buffer[length++] = (byte) ascii;
    }

    private void putCodePoint(int cp) throws SQLException {
        if (length + 4 > buffer.length) {
            send();
        }
        length = Utf8.put(cp, buffer, length);
    }

    private void send() throws SQLException {
        int n = length;
        length = 0;
        if (!direct) {
            in.writeToCopy(buffer, 0, n);
            return;
        }
        chunkBytes.write(buffer, 0, n);
        try {
            in.writeToCopy(buffer, 0, n);
        } catch (SQLException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            replayThroughStaging();
        }
    }

    /** A key repeated while copying straight in: undo the chunk, and load it (and the rest) the staging way. */
    private void replayThroughStaging() throws SQLException {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException ignored) {
                // the savepoint below undoes the chunk either way
            }
        }
        connection.rollback(savepoint);
        savepoint = null;
        useStaging();
        byte[] replay = chunkBytes.toByteArray();
        chunkBytes = null;
        in = copy.copyIn(copySql);
        in.writeToCopy(replay, 0, replay.length);
    }

    private static boolean duplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void endChunk() throws SQLException {
        if (in == null) {
            return;
        }
        if (length > 0) {
            send();
        }
        if (direct) {
            try {
                in.endCopy();
                connection.releaseSavepoint(savepoint);
                savepoint = null;
                chunkBytes = null;
                in = null;
                chunkRows = 0;
                return;
            } catch (SQLException e) {
                if (!duplicateKey(e)) {
                    throw e;
                }
                replayThroughStaging();
            }
        }
        in.endCopy();
        in = null;
        chunkRows = 0;
        if (mergeSql != null) {
            try (Statement s = connection.createStatement()) {
                s.execute(mergeSql);
                s.execute("truncate " + TEMP);
            }
        }
    }

    @Override
    public void finish() throws SQLException {
        endChunk();
    }

    @Override
    public void cancel() {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }
}
