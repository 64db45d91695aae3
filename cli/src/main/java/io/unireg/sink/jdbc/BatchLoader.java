package io.unireg.sink.jdbc;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One prepared INSERT (append) or the dialect's upsert, rendered by jOOQ once — PostgreSQL, SQLite and
 * DuckDB {@code ON CONFLICT … DO UPDATE}, MariaDB {@code ON DUPLICATE KEY UPDATE}, H2 {@code MERGE} —
 * then executed in JDBC batches of {@code batchSize} rows.
 */
final class BatchLoader implements Loader {

    private final PreparedStatement statement;
    private final Binder binder;
    private final int batchSize;
    private int pending;
    private long rows;

    BatchLoader(Connection connection, SQLDialect dialect, TableDesign design, String table, boolean upsert,
                List<Column> bound, int batchSize) throws SQLException {
        String sql = sql(dialect, design, table, upsert);
        long marks = sql.chars().filter(ch -> ch == '?').count();
        if (marks != design.columns().size()) {
            throw new SQLException("jOOQ rendered " + marks + " parameters for " + design.columns().size()
                    + " columns in the " + dialect.getName() + " statement; this dialect's upsert is not supported");
        }
        this.statement = connection.prepareStatement(sql);
        this.binder = new Binder(bound.toArray(Column[]::new), dialect.family() == SQLDialect.SQLITE);
        this.batchSize = batchSize;
    }

    /** The statement with one {@code ?} per column in record order. */
    static String sql(SQLDialect dialect, TableDesign design, String table, boolean upsert) {
        DSLContext r = DSL.using(dialect, new Settings().withParamType(ParamType.INDEXED).withRenderFormatted(false));
        Table<?> t = design.jooqTable(table);
        // H2's MERGE emulation needs columns qualified with the table, or it calls them ambiguous.
        List<Field<Object>> fields = new ArrayList<>();
        List<Field<?>> values = new ArrayList<>();
        for (Column c : design.columns()) {
            fields.add(DSL.field(TableDesign.name(table).append(c.name())));
            values.add(DSL.val(null, c.type()));
        }
        @SuppressWarnings("unchecked")
        InsertValuesStepN<Record> insert = (InsertValuesStepN<Record>) r.insertInto((Table<Record>) t, fields).values(values);
        if (!upsert) {
            return r.render(insert);
        }
        List<Field<?>> key = new ArrayList<>();
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        for (Field<Object> f : fields) {
            if (design.key().contains(f.getName())) {
                key.add(f);
            } else {
                updates.put(f, DSL.excluded(f));
            }
        }
        Query q = updates.isEmpty() ? insert.onConflict(key).doNothing() : insert.onConflict(key).doUpdate().set(updates);
        return r.render(q);
    }

    @Override
    public void add(String[] row) throws SQLException {
        binder.bind(statement, row, ++rows);
        statement.addBatch();
        if (++pending == batchSize) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void finish() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
        statement.close();
    }

    @Override
    public void cancel() {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }
}
