package io.unireg.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A database value as the text a user expects to see: dates ISO ({@code 1984-01-02}), timestamps
 * {@code 1984-01-02T10:15:00}, numbers without float noise or exponent ({@code 0.1}, not
 * {@code 0.1000000000000000055}; {@code 1230000000}, not {@code 1.23E9}), booleans {@code true}/
 * {@code false}; SQL NULL is a missing value ({@code ""}).
 */
public final class SqlText {

    private static final DateTimeFormatter DATE_TIME = new java.time.format.DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter TIME = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private SqlText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d) {
            return decimal(d, Double.toString(d));
        }
        if (value instanceof Float f) {
            return decimal(f, Float.toString(f));
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof OffsetDateTime t) {
            return DATE_TIME.format(t) + t.getOffset();
        }
        if (value instanceof LocalTime t) {
            return TIME.format(t);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return DATE_TIME.format(t.toLocalDateTime());
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        return value.toString();
    }

    /** The shortest decimal that reads back as the same double, without exponent; whole numbers without ".0". */
    private static String decimal(double d, String shortest) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return shortest;
        }
        BigDecimal b = new BigDecimal(shortest).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
