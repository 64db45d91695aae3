package io.unireg.sink.jdbc;

import io.unireg.schema.FieldType;
import io.unireg.schema.SchemaField;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

import java.sql.Types;

/**
 * One column of the output table: its name, what kind of value it stores ({@link Family}, which
 * decides how a value is bound) and the type a created table gives it.
 */
record Column(String name, Family family, DataType<?> type, Integer maxLength) {

    /** How a value is bound: the text each row carries, converted to what the column stores. */
    enum Family { TEXT, INTEGER, DECIMAL, FLOAT, BOOLEAN, DATE, TIMESTAMP, TIMESTAMPTZ }

    /** Lineage columns every record carries after the schema's fields. */
    static Column extra(String name, boolean key, SQLDialect dialect) {
        return switch (name) {
            case "unireg_id", "cluster_id" -> new Column(name, Family.TEXT, SQLDataType.VARCHAR(64), 64);
            default -> text(name, null, key, dialect);
        };
    }

    /** The column a created table gives a schema field (docs/formats/jdbc.md has the table). */
    static Column of(SchemaField field, boolean key, SQLDialect dialect) {
        FieldType type = field.type();
        return switch (type) {
            case INTEGER, YEAR -> new Column(field.name(), Family.INTEGER, SQLDataType.BIGINT, null);
            case NUMBER -> new Column(field.name(), Family.FLOAT, SQLDataType.DOUBLE, null);
            case BOOLEAN -> new Column(field.name(), Family.BOOLEAN, SQLDataType.BOOLEAN, null);
            case DATE -> new Column(field.name(), Family.DATE, SQLDataType.LOCALDATE, null);
            case DATETIME -> new Column(field.name(), Family.TIMESTAMP, SQLDataType.LOCALDATETIME, null);
            default -> text(field.name(), field.constraints().maxLength(), key, dialect);
        };
    }

    private static Column text(String name, Integer maxLength, boolean key, SQLDialect dialect) {
        if (maxLength != null) {
            return new Column(name, Family.TEXT, SQLDataType.VARCHAR(maxLength), maxLength);
        }
        if (key) {
            // MariaDB cannot index an unbounded TEXT column; 255 characters hold any identifier.
            return new Column(name, Family.TEXT, SQLDataType.VARCHAR(255), 255);
        }
        boolean maria = dialect.family() == SQLDialect.MARIADB || dialect.family() == SQLDialect.MYSQL;
        return new Column(name, Family.TEXT, maria ? SQLDataType.CLOB : SQLDataType.VARCHAR, null);
    }

    /** The family an existing column's JDBC type belongs to; {@code null} when unireg cannot tell. */
    static Family familyOf(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> Family.TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Family.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Family.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Family.FLOAT;
            case Types.BOOLEAN, Types.BIT -> Family.BOOLEAN;
            case Types.DATE -> Family.DATE;
            case Types.TIMESTAMP -> Family.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Family.TIMESTAMPTZ;
            default -> typeName != null && typeName.toLowerCase(java.util.Locale.ROOT).contains("char") ? Family.TEXT : null;
        };
    }

    /** Whether a column of family {@code actual} can store what this column's values are. */
    boolean fits(Family actual) {
        if (actual == Family.TEXT) {
            return true;   // any value can be stored as its text
        }
        return switch (family) {
            case TEXT -> false;
            case INTEGER -> actual == Family.INTEGER || actual == Family.DECIMAL || actual == Family.FLOAT;
            case DECIMAL, FLOAT -> actual == Family.DECIMAL || actual == Family.FLOAT;
            case BOOLEAN -> actual == Family.BOOLEAN || actual == Family.INTEGER;
            case DATE -> actual == Family.DATE || actual == Family.TIMESTAMP || actual == Family.TIMESTAMPTZ;
            case TIMESTAMP, TIMESTAMPTZ -> actual == Family.TIMESTAMP || actual == Family.TIMESTAMPTZ;
        };
    }

    Column withFamily(Family actual) {
        return new Column(name, actual, type, maxLength);
    }
}
