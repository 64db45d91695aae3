package io.unireg.sink.jdbc;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code mode: replace} puts the loaded staging table in the place of the old one, atomically:
 * <ul>
 * <li>PostgreSQL, SQLite, DuckDB: DDL is transactional, so staging table, load, drop and rename are
 *     all one transaction; a killed run leaves no trace.</li>
 * <li>MariaDB/MySQL: DDL commits on its own; the staging table is loaded and committed, then one
 *     {@code RENAME TABLE t TO old, staging TO t} swaps both names at once.</li>
 * <li>H2 and others: DDL commits on its own and there is no multi-table rename; the old table's rows are
 *     deleted and the staging rows inserted in one transaction.</li>
 * </ul>
 */
abstract class Swap {

    static final String OLD_SUFFIX = "__unireg_old";

    static Swap of(SQLDialect dialect) {
        return switch (dialect.family()) {
            case POSTGRES, SQLITE, DUCKDB -> new Transactional(dialect.family() == SQLDialect.POSTGRES);
            case MARIADB, MYSQL -> new RenameBoth();
            default -> new CopyRows();
        };
    }

    /** Whether the target must exist (and fit) before loading: when rows are copied into it at the end. */
    boolean needsTarget() {
        return false;
    }

    /** Drops a staging table a killed run left behind. */
    void clearLeftovers(DSLContext ctx, String table, String staging) {
        ctx.dropTableIfExists(TableDesign.name(staging)).execute();
    }

    abstract void swap(Connection connection, DSLContext ctx, TableDesign design, String table, String staging) throws SQLException;

    /** After a rollback: remove the staging table where DDL was not part of the transaction. */
    void discard(DSLContext ctx, String staging) {
    }

    static Name simple(String table) {
        String[] parts = table.split("\\.");
        return DSL.name(parts[parts.length - 1]);
    }

    private static final class Transactional extends Swap {
        private final boolean postgres;

        Transactional(boolean postgres) {
            this.postgres = postgres;
        }

        @Override
        void swap(Connection connection, DSLContext ctx, TableDesign design, String table, String staging) {
            ctx.dropTableIfExists(TableDesign.name(table)).execute();
            ctx.alterTable(TableDesign.name(staging)).renameTo(simple(table)).execute();
            if (postgres) {
                // PostgreSQL named the key after the staging table; give it the name a created table has.
                String from = simple(staging).last() + "_pkey";
                String to = simple(table).last() + "_pkey";
                ctx.alterTable(TableDesign.name(table)).renameConstraint(DSL.name(from)).to(DSL.name(to)).execute();
            }
        }
    }

    private static final class RenameBoth extends Swap {
        @Override
        void clearLeftovers(DSLContext ctx, String table, String staging) {
            super.clearLeftovers(ctx, table, staging);
            ctx.dropTableIfExists(TableDesign.name(table + OLD_SUFFIX)).execute();
        }

        @Override
        void swap(Connection connection, DSLContext ctx, TableDesign design, String table, String staging) throws SQLException {
            connection.commit();
            String t = ctx.render(TableDesign.name(table));
            String s = ctx.render(TableDesign.name(staging));
            String old = ctx.render(TableDesign.name(table + OLD_SUFFIX));
            if (design.read(connection, table) != null) {
                ctx.execute("rename table " + t + " to " + old + ", " + s + " to " + t);
                ctx.dropTable(TableDesign.name(table + OLD_SUFFIX)).execute();
            } else {
                ctx.execute("rename table " + s + " to " + t);
            }
        }

        @Override
        void discard(DSLContext ctx, String staging) {
            try {
                ctx.dropTableIfExists(TableDesign.name(staging)).execute();
            } catch (RuntimeException ignored) {
                // the next run drops it
            }
        }
    }

    private static final class CopyRows extends Swap {
        @Override
        boolean needsTarget() {
            return true;
        }

        @Override
        void swap(Connection connection, DSLContext ctx, TableDesign design, String table, String staging) throws SQLException {
            List<Field<Object>> fields = new ArrayList<>(design.fields());
            ctx.deleteFrom(DSL.table(TableDesign.name(table))).execute();
            ctx.insertInto(DSL.table(TableDesign.name(table)), fields)
                    .select(ctx.select(fields).from(DSL.table(TableDesign.name(staging)))).execute();
            connection.commit();
            ctx.dropTable(TableDesign.name(staging)).execute();
        }

        @Override
        void discard(DSLContext ctx, String staging) {
            try {
                ctx.dropTableIfExists(TableDesign.name(staging)).execute();
            } catch (RuntimeException ignored) {
                // the next run drops it
            }
        }
    }
}
