package io.unireg.source.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.unireg.jdbc.JdbcEndpoint;
import io.unireg.jdbc.NamedParameters;
import io.unireg.jdbc.SqlText;
import io.unireg.source.ChangeColumns;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a table or query, streamed through a jOOQ cursor with a fetch size: the result is never
 * held in memory. PostgreSQL only streams inside a transaction (autocommit off), so the connection
 * is opened that way and rolled back at the end (nothing is written); MariaDB streams when a fetch
 * size is set; DuckDB needs {@code jdbc_stream_results}.
 */
public final class JdbcRecordSource implements RecordSource {

    private final String id;
    private final JdbcSourceSpec spec;
    private final HikariDataSource pool;
    private final Connection connection;
    private final Cursor<Record> cursor;
    private final List<String> columns;
    private final Map<String, String> detected;
    /** The change column's index in the result, -1 without one; the highest value read, and the value read from. */
    private final int changeIndex;
    private final String since;
    private Object highest;
    private long rows;

    private JdbcRecordSource(String id, JdbcSourceSpec spec, HikariDataSource pool, Connection connection,
                             Cursor<Record> cursor, int changeIndex, String since) {
        this.id = id;
        this.changeIndex = changeIndex;
        this.since = since;
        this.spec = spec;
        this.pool = pool;
        this.connection = connection;
        this.cursor = cursor;
        List<String> names = new ArrayList<>();
        for (Field<?> f : cursor.fields()) {
            names.add(f.getName());
        }
        this.columns = List.copyOf(names);
        Map<String, String> d = new LinkedHashMap<>();
        d.put("url", spec.endpoint().describe());
        d.put(spec.table() != null ? "table" : "query", spec.table() != null ? spec.table() : "(see job file)");
        d.put("dialect", spec.endpoint().dialect().getName());
        if (spec.incremental() != null) {
            d.put("incremental", since == null ? "every row (" + spec.incremental().column() + ")"
                    : spec.incremental().column() + " >= " + ChangeColumns.value(since)
                    + (spec.incremental().overlap() == null ? "" : " minus " + spec.incremental().overlap()));
        }
        this.detected = java.util.Collections.unmodifiableMap(d);
    }

    /**
     * Opens the table or query; with {@code since} (a {@link #watermark()} of an earlier read) only the
     * rows whose change column is at or above it, less the overlap: at or above, not above, because rows
     * changed in the same instant as the last one read may have committed after that read.
     */
    static JdbcRecordSource open(String id, JdbcSourceSpec spec, String since) throws SourceException {
        JdbcEndpoint endpoint = spec.endpoint();
        String where = "source '" + id + "' (" + spec.describe() + ")";
        SQLDialect dialect = endpoint.dialect();
        Object from = null;
        if (since != null) {
            try {
                from = Watermark.minus(Watermark.decode(since), spec.incremental().overlap());
            } catch (IllegalArgumentException e) {
                throw new SourceException(where + ": reading from the last good run's " + spec.incremental().column() + " value ("
                        + since + "): " + e.getMessage() + "; run with --full-read to read every row and start afresh", e);
            }
        }
        HikariDataSource pool;
        try {
            pool = endpoint.open("source-" + id, false, streamingProperties(endpoint));
        } catch (SQLException e) {
            throw new SourceException(where + ": " + endpoint.safe(e.getMessage()), e);
        }
        Connection connection = null;
        try {
            connection = pool.getConnection();
            DSLContext ctx = DSL.using(connection, dialect);
            ResultQuery<Record> query = from == null ? everyRow(ctx, spec) : changedRows(ctx, spec, from);
            Cursor<Record> cursor = query.fetchSize(spec.fetchSize()).fetchLazy();
            checkColumns(where, cursor);
            int changeIndex = -1;
            if (spec.incremental() != null) {
                changeIndex = columnIndex(where, cursor, spec.incremental().column(), "incremental.column");
                if (spec.incremental().deleted() != null) {
                    columnIndex(where, cursor, spec.incremental().deleted(), "incremental.deleted");
                }
            }
            return new JdbcRecordSource(id, spec, pool, connection, cursor, changeIndex, since);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            pool.close();
            throw new SourceException(where + ": " + endpoint.safe(JdbcEndpoint.rootMessage(e)), e);
        }
    }

    private static ResultQuery<Record> everyRow(DSLContext ctx, JdbcSourceSpec spec) {
        if (spec.table() != null) {
            return ctx.selectFrom(DSL.table(DSL.name(spec.table().split("\\."))));
        }
        NamedParameters parsed = NamedParameters.parse(spec.query());
        return ctx.resultQuery(parsed.sql(), spec.bindings(parsed).toArray());
    }

    /** The table, or the query as a derived table, filtered on the change column with a bound value. */
    private static ResultQuery<Record> changedRows(DSLContext ctx, JdbcSourceSpec spec, Object from) {
        if (spec.table() != null) {
            return ctx.selectFrom(DSL.table(DSL.name(spec.table().split("\\."))))
                    .where(DSL.field(DSL.name(spec.incremental().column())).ge(DSL.val(from)));
        }
        NamedParameters parsed = NamedParameters.parse(spec.query());
        // The user's SQL goes into jOOQ's plain-SQL template, where {…} would be read as a placeholder.
        String sql = parsed.sql().strip().replaceFirst(";\\s*$", "").replace("{", "{{").replace("}", "}}");
        return ctx.selectFrom(DSL.table("(" + sql + ")", spec.bindings(parsed).toArray()).as("unireg_changed"))
                .where(DSL.field(DSL.name("unireg_changed", spec.incremental().column())).ge(DSL.val(from)));
    }

    private static int columnIndex(String where, Cursor<Record> cursor, String column, String key) throws SQLException {
        Field<?>[] fields = cursor.fields();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getName().equals(column)) {
                return i;
            }
            names.add(fields[i].getName());
        }
        throw new SQLException(key + " '" + column + "' is not a column of the result (columns: " + String.join(", ", names) + ")");
    }

    /** Names must be unique and non-empty to be mapped: {@code select a.name, b.name} needs aliases. */
    private static void checkColumns(String where, Cursor<Record> cursor) throws SQLException {
        Map<String, Integer> seen = new HashMap<>();
        Field<?>[] fields = cursor.fields();
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].getName();
            if (name == null || name.isBlank()) {
                throw new SQLException("column " + (i + 1) + " of the result has no name; give it one with AS");
            }
            Integer before = seen.put(name, i);
            if (before != null) {
                throw new SQLException("the result has two columns named '" + name + "' (" + (before + 1) + " and "
                        + (i + 1) + "); give them distinct names with AS");
            }
        }
    }

    private static Map<String, String> streamingProperties(JdbcEndpoint endpoint) {
        Map<String, String> props = new HashMap<>();
        String url = endpoint.url();
        if (url.startsWith("jdbc:duckdb:")) {
            props.put("jdbc_stream_results", "true");
        } else if (url.startsWith("jdbc:mysql:")) {
            // MySQL Connector/J (added by the user) streams with server-side cursors only when asked.
            props.put("useCursorFetch", "true");
        } else if (url.startsWith("jdbc:postgresql:")) {
            props.put("ApplicationName", "unireg");
        }
        return props;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceItem next() throws IOException {
        Record record;
        try {
            record = cursor.fetchNext();
        } catch (RuntimeException e) {
            throw new IOException("source '" + id + "' (" + spec.describe() + "), after row " + rows + ": "
                    + spec.endpoint().safe(JdbcEndpoint.rootMessage(e)), e);
        }
        if (record == null) {
            return null;
        }
        rows++;
        if (changeIndex >= 0) {
            Object value = record.get(changeIndex);
            if (value != null && (highest == null || Watermark.after(value, highest))) {
                highest = value;
            }
        }
        int n = columns.size();
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            cells[i] = SqlText.of(record.get(i));
        }
        return new SourceItem.Row(rows, rows, cells);
    }

    @Override
    public String watermark() {
        if (changeIndex < 0) {
            return null;
        }
        if (highest == null) {
            return since;
        }
        String stored = Watermark.encode(highest);
        if (stored == null) {
            throw new IllegalStateException("source '" + id + "': incremental.column '" + spec.incremental().column()
                    + "' holds " + highest.getClass().getSimpleName() + " values; it must be a timestamp, date, number or text column");
        }
        return stored;
    }

    @Override
    public Map<String, String> detected() {
        return detected;
    }

    @Override
    public void close() {
        try {
            cursor.close();
        } catch (RuntimeException ignored) {
            // the connection is closed below either way
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // read-only use: nothing to undo
        }
        closeQuietly(connection);
        pool.close();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure
            }
        }
    }
}
