package io.unireg.sink.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Binds a record's text values to a statement as what each column stores. Values arrive validated
 * against the schema, so a value that does not convert is a mismatch between schema and table; the
 * message names the column and row, never the value (it may be personal data).
 */
final class Binder {

    private final Column[] columns;
    private final boolean textDates;

    /** @param textDates SQLite: dates and times are stored as ISO text, the convention its functions read */
    Binder(Column[] columns, boolean textDates) {
        this.columns = columns;
        this.textDates = textDates;
    }

    void bind(PreparedStatement ps, String[] row, long rowNumber) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            String v = row[i];
            try {
                bindOne(ps, i + 1, columns[i].family(), v == null || v.isEmpty() ? null : v);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new SQLException("record " + rowNumber + ", column " + columns[i].name() + ": the value is not a valid "
                        + columns[i].family().name().toLowerCase(Locale.ROOT) + " for the table's column");
            }
        }
    }

    private void bindOne(PreparedStatement ps, int i, Column.Family family, String v) throws SQLException {
        switch (family) {
            case TEXT -> {
                if (v == null) ps.setNull(i, Types.VARCHAR); else ps.setString(i, v);
            }
            case INTEGER -> {
                if (v == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, Long.parseLong(v.trim()));
            }
            case DECIMAL -> {
                if (v == null) ps.setNull(i, Types.NUMERIC); else ps.setBigDecimal(i, new BigDecimal(v.trim()));
            }
            case FLOAT -> {
                if (v == null) ps.setNull(i, Types.DOUBLE); else ps.setDouble(i, Double.parseDouble(v.trim()));
            }
            case BOOLEAN -> {
                if (v == null) ps.setNull(i, Types.BOOLEAN); else ps.setBoolean(i, bool(v));
            }
            case DATE -> {
                if (v == null) ps.setNull(i, textDates ? Types.VARCHAR : Types.DATE);
                else if (textDates) ps.setString(i, LocalDate.parse(v).toString());
                else ps.setObject(i, LocalDate.parse(v));
            }
            case TIMESTAMP, TIMESTAMPTZ -> {
                if (v == null) ps.setNull(i, textDates ? Types.VARCHAR : Types.TIMESTAMP);
                else if (textDates) ps.setString(i, v);
                else ps.setObject(i, timestamp(v, family));
            }
        }
    }

    private static Object timestamp(String v, Column.Family family) {
        boolean offset = v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$");
        if (offset) {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return family == Column.Family.TIMESTAMPTZ ? t : t.toLocalDateTime();
        }
        LocalDateTime t = LocalDateTime.parse(v.replace(' ', 'T'));
        return t;
    }

    private static boolean bool(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "t", "y" -> true;
            case "false", "0", "no", "f", "n" -> false;
            default -> throw new NumberFormatException("not a boolean");
        };
    }
}
