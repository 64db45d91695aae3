package io.unireg.source.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.unireg.jdbc.JdbcEndpoint;
import io.unireg.jdbc.NamedParameters;
import io.unireg.jdbc.SqlText;
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
    private long rows;

    private JdbcRecordSource(String id, JdbcSourceSpec spec, HikariDataSource pool, Connection connection,
                             Cursor<Record> cursor) {
        this.id = id;
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
        this.detected = java.util.Collections.unmodifiableMap(d);
    }

    static JdbcRecordSource open(String id, JdbcSourceSpec spec) throws SourceException {
        JdbcEndpoint endpoint = spec.endpoint();
        String where = "source '" + id + "' (" + spec.describe() + ")";
        SQLDialect dialect = endpoint.dialect();
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
            ResultQuery<Record> query;
            if (spec.table() != null) {
                String[] parts = spec.table().split("\\.");
                query = ctx.selectFrom(DSL.table(DSL.name(parts)));
            } else {
                NamedParameters parsed = NamedParameters.parse(spec.query());
                query = ctx.resultQuery(parsed.sql(), spec.bindings(parsed).toArray());
            }
            Cursor<Record> cursor = query.fetchSize(spec.fetchSize()).fetchLazy();
            checkColumns(where, cursor);
            return new JdbcRecordSource(id, spec, pool, connection, cursor);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            pool.close();
            throw new SourceException(where + ": " + endpoint.safe(JdbcEndpoint.rootMessage(e)), e);
        }
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
        int n = columns.size();
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            cells[i] = SqlText.of(record.get(i));
        }
        return new SourceItem.Row(rows, rows, cells);
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
