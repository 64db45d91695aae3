package io.unireg.source.jdbc;

import io.unireg.source.ChangeColumns;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The highest change-column value a read saw, kept in the state store as text with its type
 * ({@code timestamp:2026-12-01T23:59:58.123456}, {@code integer:1045}) so the next read binds it as
 * the type the database compares with — a timestamp compared as text would sort wrong on some
 * databases, and a sequence compared as text certainly would.
 */
final class Watermark {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private Watermark() {
    }

    /** The column value's stored form; {@code null} for a type that cannot serve as a change column. */
    static String encode(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            value = t.toLocalDateTime();
        } else if (value instanceof java.sql.Date d) {
            value = d.toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return "timestamp:" + t;
        }
        if (value instanceof OffsetDateTime t) {
            return "timestamptz:" + t;
        }
        if (value instanceof Instant t) {
            return "timestamptz:" + t.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof LocalDate d) {
            return "date:" + d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return "integer:" + value;
        }
        if (value instanceof BigDecimal d) {
            return "decimal:" + d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return "decimal:" + new BigDecimal(value.toString()).toPlainString();
        }
        if (value instanceof String s) {
            return "text:" + s;
        }
        return null;
    }

    /** The stored form back as the value to bind; an unreadable one is an error naming it. */
    static Object decode(String stored) {
        String type = ChangeColumns.type(stored);
        String text = ChangeColumns.value(stored);
        try {
            return switch (type) {
                case "timestamp" -> LocalDateTime.parse(text);
                case "timestamptz" -> OffsetDateTime.parse(text);
                case "date" -> LocalDate.parse(text);
                case "integer" -> new BigInteger(text).bitLength() < 64 ? (Object) Long.parseLong(text) : new BigInteger(text);
                case "decimal" -> new BigDecimal(text);
                case "text" -> text;
                default -> throw new IllegalArgumentException("unknown type '" + type + "'");
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("unreadable value '" + text + "'", e);
        }
    }

    /** {@code overlap} below {@code value}: a duration for time columns, a whole number for number columns. */
    static Object minus(Object value, String overlap) {
        if (overlap == null) {
            return value;
        }
        String o = overlap.trim().toLowerCase(Locale.ROOT);
        if (value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
            if (!o.matches("\\d+")) {
                throw new IllegalArgumentException("overlap '" + overlap + "' must be a whole number for a number column");
            }
            return value instanceof Long l ? (Object) (l - Long.parseLong(o))
                    : value instanceof BigInteger b ? b.subtract(new BigInteger(o)) : ((BigDecimal) value).subtract(new BigDecimal(o));
        }
        Duration d = duration(o);
        if (d == null) {
            throw new IllegalArgumentException("overlap '" + overlap + "' must be a duration like 30s, 10m, 2h or 1d for a time column");
        }
        if (value instanceof LocalDateTime t) {
            return t.minus(d);
        }
        if (value instanceof OffsetDateTime t) {
            return t.minus(d);
        }
        if (value instanceof LocalDate t) {
            return t.minusDays(Math.max(1, (d.toHours() + 23) / 24));
        }
        throw new IllegalArgumentException("overlap applies to time and number change columns, not to text");
    }

    /** {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}; {@code null} when it is none of those. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** Whether {@code a} sorts after {@code b}; values of one column share a type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean after(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && a.getClass() != b.getClass()) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) > 0;
        }
        return ((Comparable) a).compareTo(b) > 0;
    }
}
