package io.unireg.sink.jdbc;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * PostgreSQL only: rows go in with {@code COPY … FROM STDIN} in the text format ({@link CopyText}), the
 * fastest way into the server. Append copies straight into the table. An upsert takes one of three paths:
 * <ul>
 * <li><b>key later</b> — the run created the table in its own transaction (a first load, or replace's
 *     staging table), so no one else can see it yet: rows are copied in with no primary key, which is
 *     built once at the end (one sort instead of a million random B-tree inserts: about half the
 *     server's work). The hashes of the keys sent so far ({@link KeyHashes}) tell a possible repeat
 *     before it is sent; then, or after {@link #KEY_LATER_MAX} keys, the key is built and the load
 *     goes on by one of the paths below.</li>
 * <li><b>direct</b> — an empty table that existed: chunks are copied straight in, each under a savepoint
 *     with its bytes kept; the first duplicate key rolls the chunk back and replays it through staging,
 *     which every later chunk then takes.</li>
 * <li><b>staging</b> — a table with rows: a chunk is copied into a temporary table, then moved with one
 *     {@code INSERT … SELECT … ON CONFLICT (key) DO UPDATE … WHERE} the row differs ({@link UpsertSql}).</li>
 * </ul>
 * A key seen twice in a run keeps its last row, as a statement-by-statement upsert would.
 */
final class CopyLoader implements Loader {

    static final int CHUNK_ROWS = 100_000;
    /** Keys held in {@link KeyHashes} while the key waits: 2 million cost at most 32 MB of heap. */
    static final int KEY_LATER_MAX = 2_000_000;
    private static final int SEND_BYTES = 1 << 16;

    private enum Path { APPEND, KEY_LATER, DIRECT, STAGING }

    private final Connection connection;
    private final org.postgresql.copy.CopyManager copy;
    private final UpsertSql sql;
    private final int columns;
    private final boolean[] isKey;
    private final int keyLaterMax;
    private Path path;
    /** The table has no primary key yet; it is added before anything needs it, at the latest in {@link #finish()}. */
    private boolean keyPending;
    private final CopyText text = new CopyText();
    private CopyIn in;
    private long chunkRows;
    /** Key hashes: of the whole load on the key-later path, of the current chunk on the staging path. */
    private KeyHashes keys;
    /** The staging chunk may hold a key twice, so its merge must pick the last row of each key. */
    private boolean chunkRepeats;
    private Savepoint savepoint;
    private ByteArrayOutputStream chunkBytes;

    /**
     * @param keyPending the run created {@code table} in its transaction without its primary key
     *                   ({@link TableDesign#create(DSLContext, String, boolean)}); this loader adds it
     */
    CopyLoader(Connection connection, TableDesign design, String table, boolean upsert, boolean keyPending) throws SQLException {
        this(connection, design, table, upsert, keyPending, KEY_LATER_MAX);
    }

    /** @param keyLaterMax how many keys the key-later path holds before it builds the key (tests use a few) */
    CopyLoader(Connection connection, TableDesign design, String table, boolean upsert, boolean keyPending, int keyLaterMax)
            throws SQLException {
        this.connection = connection;
        this.keyLaterMax = keyLaterMax;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sql = new UpsertSql(DSL.using(SQLDialect.POSTGRES), design, table);
        this.columns = design.columns().size();
        this.isKey = new boolean[columns];
        boolean textKey = !design.key().isEmpty();
        for (int i = 0; i < columns; i++) {
            Column c = design.columns().get(i);
            isKey[i] = design.key().contains(c.name());
            textKey &= !isKey[i] || c.family() == Column.Family.TEXT;
        }
        this.keyPending = keyPending;
        if (!upsert) {
            this.path = Path.APPEND;
        } else if (keyPending && textKey) {
            // equal keys are equal bytes only for text (bigint '007' = '7'), so only text keys wait
            lockAgainstWriters();
            this.path = Path.KEY_LATER;
            this.keys = new KeyHashes();
        } else {
            addKeyIfPending();
            lockAgainstWriters();
            if (emptyTable()) {
                this.path = Path.DIRECT;
            } else {
                useStaging();
            }
        }
    }

    /** Keeps other writers out until this run's transaction ends (readers are not blocked): the table's state stays what this run sees. */
    private void lockAgainstWriters() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("lock table " + sql.target() + " in share row exclusive mode");
        }
    }

    private boolean emptyTable() throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("select not exists (select 1 from " + sql.target() + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void addKeyIfPending() throws SQLException {
        if (keyPending && sql.addKey() != null) {
            try (Statement s = connection.createStatement()) {
                s.execute(sql.addKey());
            }
        }
        keyPending = false;
    }

    private void useStaging() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String statement : sql.createStaging()) {
                s.execute(statement);
            }
        }
        path = Path.STAGING;
        keys = new KeyHashes();
    }

    @Override
    public void add(String[] row) throws SQLException {
        if (in == null) {
            startChunk();
        }
        int rowStart = text.length();
        long hash = KeyHashes.SEED;
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                text.separator();
            }
            int start = text.length();
            String v = row[i];
            // an empty value is NULL, as the batch path binds it (a date or number column cannot hold '')
            text.value(v == null || v.isEmpty() ? null : v);
            if (isKey[i]) {
                hash = KeyHashes.mix(hash, text.bytes(), start, text.length());
            }
        }
        text.endRow();
        if (path == Path.KEY_LATER) {
            boolean repeat = !keys.add(hash);
            if (repeat || keys.size() > keyLaterMax) {
                leaveKeyLater(rowStart, repeat, hash);
            }
        } else if (path == Path.STAGING && !keys.add(hash)) {
            chunkRepeats = true;
        }
        if (++chunkRows == CHUNK_ROWS) {
            endChunk();
        } else if (text.length() >= SEND_BYTES) {
            send(text.length());
        }
    }

    /**
     * A key may repeat (or too many keys to keep): the rows before this one are sent as they are (their
     * keys are all different), the key is built, and this row starts a chunk of the path that follows.
     */
    private void leaveKeyLater(int rowStart, boolean repeat, long hash) throws SQLException {
        if (rowStart > 0) {
            send(rowStart);   // keeps this row's bytes, now at the start
        }
        in.endCopy();
        in = null;
        chunkRows = 0;
        keys = null;
        addKeyIfPending();
        if (repeat) {
            useStaging();
        } else {
            path = Path.DIRECT;
        }
        startChunk();
        if (path == Path.STAGING) {
            keys.add(hash);   // the first of the chunk's keys (that it is in the table already is ON CONFLICT's business)
        }
    }

    private void startChunk() throws SQLException {
        if (path == Path.DIRECT) {
            savepoint = connection.setSavepoint();
            chunkBytes = new ByteArrayOutputStream(1 << 20);
        }
        in = copy.copyIn(path == Path.STAGING ? sql.copyIntoStaging() : sql.copyIntoTarget());
    }

    /** Sends the first {@code n} bytes of the encoded rows (whole rows); the rest stay. */
    private void send(int n) throws SQLException {
        byte[] b = text.bytes();
        if (path != Path.DIRECT) {
            in.writeToCopy(b, 0, n);
        } else {
            chunkBytes.write(b, 0, n);
            try {
                in.writeToCopy(b, 0, n);
            } catch (SQLException e) {
                if (!duplicateKey(e)) {
                    throw e;
                }
                replayThroughStaging();
            }
        }
        text.keepFrom(n);
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
        chunkRepeats = true;
        in = copy.copyIn(sql.copyIntoStaging());
        in.writeToCopy(replay, 0, replay.length);
    }

    private static boolean duplicateKey(SQLException e) {
        return hasState(e, "23505");
    }

    private static boolean hasState(SQLException e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && state.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void endChunk() throws SQLException {
        if (in == null) {
            return;
        }
        if (text.length() > 0) {
            send(text.length());
        }
        if (path == Path.DIRECT) {
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
        if (path == Path.STAGING) {
            merge();
        }
    }

    /**
     * Moves the staging chunk into the table. With no key seen twice in the chunk the plain merge needs
     * no sort; PostgreSQL may still call two keys equal that differ in bytes (a case-insensitive
     * collation, a char(n) column), which the plain merge refuses (21000) — then the chunk is merged
     * again the sorting way, so the outcome never depends on the hashes.
     */
    private void merge() throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (chunkRepeats) {
                s.execute(sql.mergeLastOfEachKey());
            } else {
                Savepoint before = connection.setSavepoint();
                try {
                    s.execute(sql.merge());
                    connection.releaseSavepoint(before);
                } catch (SQLException e) {
                    if (!hasState(e, "21000")) {
                        throw e;
                    }
                    connection.rollback(before);
                    s.execute(sql.mergeLastOfEachKey());
                }
            }
            s.execute(sql.clearStaging());
        }
        keys.clear();
        chunkRepeats = false;
    }

    @Override
    public void finish() throws SQLException {
        endChunk();
        addKeyIfPending();
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
