package io.unireg.sink.jdbc;

import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The output table as the schema designs it: columns in record order with types, and the key.
 * Creates it when absent; checks an existing table and lists, in plain words, what does not fit.
 */
final class TableDesign {

    private final String table;
    private final List<Column> columns;
    private final List<String> key;
    private final SQLDialect dialect;

    TableDesign(String table, List<Column> columns, List<String> key, SQLDialect dialect) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.key = List.copyOf(key);
        this.dialect = dialect;
    }

    static TableDesign of(String table, List<String> recordColumns, TableSchema schema, List<String> key, SQLDialect dialect) {
        List<Column> columns = new ArrayList<>();
        for (String name : recordColumns) {
            boolean isKey = key.contains(name);
            SchemaField f = schema.field(name).orElse(null);
            columns.add(f != null ? Column.of(f, isKey, dialect) : Column.extra(name, isKey, dialect));
        }
        return new TableDesign(table, columns, key, dialect);
    }

    String table() {
        return table;
    }

    List<Column> columns() {
        return columns;
    }

    List<String> key() {
        return key;
    }

    static Name name(String table) {
        return DSL.name(table.split("\\."));
    }

    Table<?> jooqTable(String name) {
        return DSL.table(name(name));
    }

    List<Field<Object>> fields() {
        List<Field<Object>> fields = new ArrayList<>();
        for (Column c : columns) {
            fields.add(DSL.field(DSL.name(c.name())));
        }
        return fields;
    }

    /** {@code CREATE TABLE name (…, PRIMARY KEY (key))}; the constraint is unnamed so each database names it after the table. */
    void create(DSLContext ctx, String name) {
        create(ctx, name, true);
    }

    /**
     * The table, with its primary key or (a bulk load that builds it at the end: {@link #addKey}) without;
     * the key columns are NOT NULL either way.
     */
    void create(DSLContext ctx, String name, boolean withKey) {
        List<Field<?>> defs = new ArrayList<>();
        for (Column c : columns) {
            boolean k = key.contains(c.name());
            org.jooq.DataType<?> type = k ? c.type().notNull() : c.type().nullable(true);
            defs.add(DSL.field(DSL.name(c.name()), type));
        }
        var create = ctx.createTable(name(name)).columns(defs);
        if (withKey) {
            create.constraints(primaryKey()).execute();
        } else {
            create.execute();
        }
    }

    /** {@code ALTER TABLE name ADD PRIMARY KEY (key)}: the unnamed constraint {@link #create} gives, so the same name. */
    org.jooq.Query addKey(DSLContext ctx, String name) {
        return ctx.alterTable(name(name)).add(primaryKey());
    }

    private org.jooq.Constraint primaryKey() {
        List<Field<?>> keyFields = new ArrayList<>();
        for (String k : key) {
            keyFields.add(DSL.field(DSL.name(k)));
        }
        return DSL.primaryKey(keyFields.toArray(Field[]::new));
    }

    /** What is known about a table in the database, read through JDBC metadata. */
    record Existing(Map<String, ColumnInfo> columns, Set<String> primaryKey, List<Set<String>> uniqueKeys) {
    }

    record ColumnInfo(String name, int jdbcType, String typeName, int size, boolean nullable, boolean hasDefault) {
    }

    /** The table's columns and keys, or {@code null} when there is no such table. */
    Existing read(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String[] parts = name.split("\\.");
        String tableName = parts[parts.length - 1];
        String schemaName = parts.length > 1 ? parts[0] : currentSchema(c);
        String catalog = catalog(c);
        boolean found = false;
        try (ResultSet rs = md.getTables(catalog, schemaName, tableName, null)) {
            while (rs.next()) {
                found |= tableName.equals(rs.getString("TABLE_NAME"));
            }
        }
        if (!found) {
            return null;
        }
        Map<String, ColumnInfo> cols = new java.util.LinkedHashMap<>();
        try (ResultSet rs = md.getColumns(catalog, schemaName, tableName, null)) {
            while (rs.next()) {
                if (!tableName.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String col = rs.getString("COLUMN_NAME");
                String dflt = rs.getString("COLUMN_DEF");
                String auto = safeString(rs, "IS_AUTOINCREMENT");
                String generated = safeString(rs, "IS_GENERATEDCOLUMN");
                cols.put(col, new ColumnInfo(col, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        dflt != null || "YES".equals(auto) || "YES".equals(generated)));
            }
        }
        Set<String> pk = new LinkedHashSet<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schemaName, tableName)) {
            while (rs.next()) {
                if (tableName.equals(rs.getString("TABLE_NAME"))) {
                    pk.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        Map<String, Set<String>> unique = new HashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schemaName, tableName, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String col = rs.getString("COLUMN_NAME");
                if (index != null && col != null && tableName.equals(rs.getString("TABLE_NAME"))) {
                    unique.computeIfAbsent(index, i -> new LinkedHashSet<>()).add(col);
                }
            }
        } catch (SQLException e) {
            // some drivers cannot list indexes; the primary key is then the only key known
        }
        return new Existing(cols, pk, List.copyOf(unique.values()));
    }

    /**
     * What keeps the records from going into {@code existing}, one sentence each; empty when they fit.
     * Also returns (through {@code bound}) the columns with the families the table really has, so
     * values are bound as what the table stores (a date into a text column goes in as text).
     */
    List<String> check(Existing existing, boolean needsKey, List<Column> bound) {
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean sqlite = dialect.family() == SQLDialect.SQLITE;
        for (Column c : columns) {
            ColumnInfo info = existing.columns().get(c.name());
            if (info == null) {
                missing.add(c.name());
                bound.add(c);
                continue;
            }
            Column.Family actual = sqlite ? c.family() : Column.familyOf(info.jdbcType(), info.typeName());
            if (actual == null) {
                problems.add("column " + c.name() + " is " + info.typeName() + ", which unireg cannot write "
                        + c.family().name().toLowerCase(Locale.ROOT) + " values into");
                bound.add(c);
            } else if (!c.fits(actual)) {
                problems.add("column " + c.name() + " is " + info.typeName() + ", but the schema's values are "
                        + c.family().name().toLowerCase(Locale.ROOT));
                bound.add(c);
            } else {
                if (!sqlite && actual == Column.Family.TEXT && c.maxLength() != null && info.size() > 0 && info.size() < c.maxLength()
                        && info.size() < Integer.MAX_VALUE / 2) {
                    problems.add("column " + c.name() + " holds " + info.size() + " characters, the schema allows "
                            + c.maxLength() + " (widen it to " + c.type().getCastTypeName() + ")");
                }
                bound.add(c.family() == actual || actual == Column.Family.TEXT ? c.withFamily(actual) : c);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("the table has no column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + " (add " + (missing.size() > 1 ? "them" : "it") + ", or let unireg create the table under another name)");
        }
        Set<String> ours = new java.util.HashSet<>();
        columns.forEach(c -> ours.add(c.name()));
        for (ColumnInfo info : existing.columns().values()) {
            if (!ours.contains(info.name()) && !info.nullable() && !info.hasDefault()) {
                problems.add("column " + info.name() + " is NOT NULL without a default, and the records have no such field");
            }
        }
        if (needsKey) {
            Set<String> k = new LinkedHashSet<>(key);
            boolean keyed = existing.primaryKey().equals(k) || existing.uniqueKeys().stream().anyMatch(k::equals);
            if (!keyed) {
                problems.add("upsert matches rows on (" + String.join(", ", key) + "), but the table has "
                        + (existing.primaryKey().isEmpty() ? "no primary key" : "primary key (" + String.join(", ", existing.primaryKey()) + ")")
                        + " and no unique index on those columns");
            }
        }
        return problems;
    }

    private static String currentSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static String catalog(Connection c) {
        try {
            return c.getCatalog();
        } catch (SQLException e) {
            return null;
        }
    }

    private static String safeString(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            return null;
        }
    }
}
