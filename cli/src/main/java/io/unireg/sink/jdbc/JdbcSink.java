package io.unireg.sink.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.unireg.jdbc.JdbcEndpoint;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the run's records into a database table in one transaction: committed by {@link #close()},
 * rolled back by {@link #abort()} (and by the server when the process dies), so a failed or killed
 * run changes nothing. {@code replace} loads a staging table and swaps it in at the end
 * ({@link Swap} says how each database does that atomically).
 */
final class JdbcSink implements RecordSink {

    static final String STAGING_SUFFIX = "__unireg_new";

    private final JdbcEndpoint endpoint;
    private final JdbcOutputSpec spec;
    private final HikariDataSource pool;
    private final Connection connection;
    private final DSLContext ctx;
    private final TableDesign design;
    private final String table;
    private final String writeTable;
    private final Loader loader;
    private final String describe;
    private long rows;
    private final List<String> deletes = new ArrayList<>();
    private boolean finished;

    private JdbcSink(JdbcEndpoint endpoint, JdbcOutputSpec spec, HikariDataSource pool, Connection connection,
                     TableDesign design, String table, String writeTable, Loader loader, String describe) {
        this.endpoint = endpoint;
        this.spec = spec;
        this.pool = pool;
        this.connection = connection;
        this.ctx = DSL.using(connection, endpoint.dialect());
        this.design = design;
        this.table = table;
        this.writeTable = writeTable;
        this.loader = loader;
        this.describe = describe;
    }

    static JdbcSink open(JdbcEndpoint endpoint, JdbcOutputSpec spec, SinkContext context, String describe) throws IOException {
        SQLDialect dialect = endpoint.dialect();
        String table = spec.tableFor(context.schema());
        String where = "jdbc output " + describe;
        List<String> key = spec.keyFor(context.schema());
        for (String k : key) {
            if (!context.columns().contains(k)) {
                throw new IOException(where + ": key column '" + k + "' is not among the records' columns");
            }
        }
        if (dialect == SQLDialect.DEFAULT && (spec.mode() == JdbcOutputSpec.Mode.UPSERT
                || spec.mode() == JdbcOutputSpec.Mode.INCREMENTAL)) {
            throw new IOException(where + ": upsert is written in each database's own SQL, and jOOQ's open-source edition"
                    + " has no dialect for this URL; use mode: append or mode: replace");
        }
        TableDesign design = TableDesign.of(table, context.columns(), context.schema(), key, dialect);
        HikariDataSource pool;
        try {
            pool = endpoint.open("output", false, endpoint.url().startsWith("jdbc:postgresql:")
                    ? Map.of("ApplicationName", "unireg") : Map.of());
        } catch (SQLException e) {
            throw new IOException(where + ": " + endpoint.safe(e.getMessage()), e);
        }
        Connection connection = null;
        try {
            connection = pool.getConnection();
            DSLContext ctx = DSL.using(connection, dialect);
            List<Column> bound = new ArrayList<>();
            String writeTable = table;
            // COPY sends text and the server converts it to each column's type, so it fits any table that passed the check.
            boolean copy = useCopy(spec, dialect);
            // A table created here, in the run's transaction, is seen by no one before the commit: a COPY load
            // fills it first and builds its primary key after (CopyLoader).
            boolean created;
            if (spec.mode() == JdbcOutputSpec.Mode.REPLACE) {
                Swap swap = Swap.of(dialect);
                if (swap.needsTarget()) {
                    prepareTarget(connection, ctx, design, table, false, true, new ArrayList<>(), where);
                }
                writeTable = stagingName(table);
                swap.clearLeftovers(ctx, table, writeTable);
                design.create(ctx, writeTable, !copy);
                bound.addAll(design.columns());
                created = true;
            } else {
                created = prepareTarget(connection, ctx, design, table, spec.mode() == JdbcOutputSpec.Mode.UPSERT
                        || spec.mode() == JdbcOutputSpec.Mode.INCREMENTAL, !copy, bound, where);
            }
            boolean upsert = spec.mode() != JdbcOutputSpec.Mode.APPEND;
            Loader loader = copy
                    ? new CopyLoader(connection, design, writeTable, upsert, created)
                    : new BatchLoader(connection, dialect, design, writeTable, upsert, bound, spec.batchSize());
            return new JdbcSink(endpoint, spec, pool, connection, design, table, writeTable, loader, describe);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            closeQuietly(connection);
            pool.close();
            if (e instanceof TableMismatch m) {
                throw new IOException(where + ": " + m.getMessage(), e);
            }
            throw new IOException(where + ": " + endpoint.safe(JdbcEndpoint.rootMessage(e)), e);
        }
    }

    /**
     * Creates the table when absent (true), else checks it fits; {@code bound} gets the columns as the table
     * stores them.
     */
    private static boolean prepareTarget(Connection connection, DSLContext ctx, TableDesign design, String table, boolean needsKey,
                                         boolean withKey, List<Column> bound, String where) throws SQLException {
        TableDesign.Existing existing = design.read(connection, table);
        if (existing == null) {
            design.create(ctx, table, withKey);
            bound.addAll(design.columns());
            return true;
        }
        List<String> problems = design.check(existing, needsKey, bound);
        if (!problems.isEmpty()) {
            throw new TableMismatch("table " + table + " does not fit the records: " + String.join("; ", problems));
        }
        return false;
    }

    /** A table that exists but cannot take the records; its message is already plain words. */
    static final class TableMismatch extends RuntimeException {
        TableMismatch(String message) {
            super(message);
        }
    }

    private static boolean useCopy(JdbcOutputSpec spec, SQLDialect dialect) {
        if (dialect.family() != SQLDialect.POSTGRES) {
            return false;
        }
        return spec.load() != JdbcOutputSpec.Load.BATCH;
    }

    static String stagingName(String table) {
        return table + STAGING_SUFFIX;
    }

    @Override
    public void write(String[] values) throws IOException {
        try {
            loader.add(values);
        } catch (SQLException | RuntimeException e) {
            throw new IOException("jdbc output " + describe + ": " + endpoint.safe(JdbcEndpoint.rootMessage(e)), e);
        }
        rows++;
    }

    @Override
    public boolean changesOnly() {
        return spec.mode() == JdbcOutputSpec.Mode.INCREMENTAL;
    }

    /** Deletes go in with the upserts at commit, in the same transaction. */
    @Override
    public void delete(String uniregId) {
        deletes.add(uniregId);
    }

    private void applyDeletes() throws SQLException {
        if (deletes.isEmpty()) {
            return;
        }
        String sql = ctx.deleteFrom(design.jooqTable(table))
                .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("unireg_id"), String.class).eq(org.jooq.impl.DSL.param("id", String.class))).getSQL();
        try (java.sql.PreparedStatement p = connection.prepareStatement(sql)) {
            int n = 0;
            for (String id : deletes) {
                p.setString(1, id);
                p.addBatch();
                if (++n % spec.batchSize() == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    /** What the manifest calls this output: the URL without secrets and the table; the embedded file is named by its path. */
    @Override
    public String target() {
        return spec.embedded() ? null : describe;
    }

    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        try {
            // After the upserts: COPY holds the connection until finish(). With the unireg_id key the
            // two sets are disjoint, so the order changes nothing else.
            loader.finish();
            applyDeletes();
            if (spec.mode() == JdbcOutputSpec.Mode.REPLACE) {
                Swap.of(endpoint.dialect()).swap(connection, ctx, design, table, writeTable);
            }
            connection.commit();
            finished = true;
        } catch (SQLException | RuntimeException e) {
            abort();
            throw new IOException("jdbc output " + describe + ": " + endpoint.safe(JdbcEndpoint.rootMessage(e)), e);
        } finally {
            closeQuietly(connection);
            pool.close();
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        loader.cancel();
        rollbackQuietly(connection);
        if (spec.mode() == JdbcOutputSpec.Mode.REPLACE) {
            Swap.of(endpoint.dialect()).discard(ctx, writeTable);
        }
        closeQuietly(connection);
        pool.close();
    }

    private static void rollbackQuietly(Connection c) {
        if (c != null) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is going away; the server rolls back
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }
}
