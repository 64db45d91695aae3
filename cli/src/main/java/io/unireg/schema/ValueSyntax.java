package io.unireg.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Hand-written recognisers for the normalised spelling of each {@link FieldType}. They run on every
 * value of every row, so: no regular expressions, no allocation, no exceptions for control flow.
 */
final class ValueSyntax {

    private ValueSyntax() {
    }

    static boolean matches(FieldType type, String v) {
        return switch (type) {
            case STRING, ANY -> true;
            case INTEGER -> isInteger(v);
            case NUMBER -> isNumber(v);
            case BOOLEAN -> "true".equals(v) || "false".equals(v);
            case DATE -> isDate(v);
            case DATETIME -> isDateTime(v);
            case YEAR -> v.length() == 4 && digits(v, 0, 4);
        };
    }

    /** {@code -?\d+} */
    static boolean isInteger(String v) {
        int start = !v.isEmpty() && v.charAt(0) == '-' ? 1 : 0;
        return v.length() > start && digits(v, start, v.length());
    }

    /** {@code -?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}: a decimal with '.', no grouping, optional exponent. */
    static boolean isNumber(String v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        int intStart = i;
        while (i < n && isDigit(v.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        int fracDigits = 0;
        if (i < n && v.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
            }
            fracDigits = i - fracStart;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == n;
    }

    /** ISO {@code yyyy-MM-dd} naming a day that exists (so 2023-02-29 is not a date, 2024-02-29 is). */
    static boolean isDate(String v) {
        return v.length() == 10 && isDateAt(v, 0);
    }

    /** Days since 1970-01-01 of a value {@link #isDate} accepts, read without a parser or a String. */
    static long epochDay(String isoDate) {
        return LocalDate.of(num(isoDate, 0, 4), num(isoDate, 5, 7), num(isoDate, 8, 10)).toEpochDay();
    }

    /**
     * ISO local or offset date-time: {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]} then nothing, {@code Z}
     * or {@code ±HH:mm}.
     */
    static boolean isDateTime(String v) {
        int n = v.length();
        if (n < 16 || !isDateAt(v, 0) || v.charAt(10) != 'T' || !isTimeOfDay(v, 11)) {
            return false;
        }
        int i = 16;
        if (i < n && v.charAt(i) == ':') {
            if (n < i + 3 || !digits(v, i + 1, i + 3) || num(v, i + 1, i + 3) > 59) {
                return false;
            }
            i += 3;
            if (i < n && v.charAt(i) == '.') {
                int start = ++i;
                while (i < n && isDigit(v.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return false;
                }
            }
        }
        if (i == n) {
            return true;
        }
        char c = v.charAt(i);
        if (c == 'Z') {
            return i + 1 == n;
        }
        return (c == '+' || c == '-') && n == i + 6 && isTimeOfDay(v, i + 1) && num(v, i + 1, i + 3) <= 18;
    }

    /** Whether the date-time has a {@code Z} or {@code ±HH:mm} suffix (only meaningful for a valid value). */
    static boolean hasOffset(String dateTime) {
        int n = dateTime.length();
        return dateTime.charAt(n - 1) == 'Z' || n >= 6 && dateTime.charAt(n - 6) == '+' || n >= 6 && dateTime.charAt(n - 6) == '-';
    }

    /**
     * Orders two values already known to be valid for {@code type}. Date-times compare as instants when
     * both carry an offset, otherwise by their local date and time (the offset, if any, is ignored).
     */
    static int compare(FieldType type, String a, String b) {
        return switch (type) {
            case INTEGER, NUMBER -> new BigDecimal(a).compareTo(new BigDecimal(b));
            case YEAR, DATE -> a.compareTo(b); // fixed-width ISO strings sort chronologically
            case DATETIME -> compareDateTime(a, b);
            default -> throw new IllegalArgumentException(type.jsonName() + " values have no order");
        };
    }

    private static int compareDateTime(String a, String b) {
        if (hasOffset(a) && hasOffset(b)) {
            return OffsetDateTime.parse(a).toInstant().compareTo(OffsetDateTime.parse(b).toInstant());
        }
        return local(a).compareTo(local(b));
    }

    private static LocalDateTime local(String dateTime) {
        String v = hasOffset(dateTime)
                ? dateTime.substring(0, dateTime.length() - (dateTime.endsWith("Z") ? 1 : 6))
                : dateTime;
        return LocalDateTime.parse(v);
    }

    /** Frictionless string formats; {@code null} and {@code default} accept anything. */
    static boolean matchesFormat(String format, String v) {
        if (format == null) {
            return true;
        }
        return switch (format) {
            case "email" -> isEmail(v);
            case "uri" -> isUri(v);
            case "uuid" -> isUuid(v);
            default -> true;
        };
    }

    /** Deliberately loose: one '@', something before it, a dotted domain after it, no spaces. */
    private static boolean isEmail(String v) {
        int at = v.indexOf('@');
        return at > 0 && at == v.lastIndexOf('@') && v.indexOf('.', at + 2) > 0 && !v.endsWith(".")
                && noWhitespace(v);
    }

    /** {@code scheme:rest} with an RFC 3986 scheme and no spaces. */
    private static boolean isUri(String v) {
        int colon = v.indexOf(':');
        if (colon < 1 || colon == v.length() - 1 || !isAsciiLetter(v.charAt(0)) || !noWhitespace(v)) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = v.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** 8-4-4-4-12 hexadecimal digits. */
    private static boolean isUuid(String v) {
        if (v.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noWhitespace(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDateAt(String v, int at) {
        if (!digits(v, at, at + 4) || v.charAt(at + 4) != '-' || !digits(v, at + 5, at + 7)
                || v.charAt(at + 7) != '-' || !digits(v, at + 8, at + 10)) {
            return false;
        }
        int year = num(v, at, at + 4);
        int month = num(v, at + 5, at + 7);
        int day = num(v, at + 8, at + 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    /** {@code HH:mm} at {@code at}, hours 00–23. */
    private static boolean isTimeOfDay(String v, int at) {
        return digits(v, at, at + 2) && v.charAt(at + 2) == ':' && digits(v, at + 3, at + 5)
                && num(v, at, at + 2) <= 23 && num(v, at + 3, at + 5) <= 59;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean digits(String v, int from, int to) {
        if (to > v.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int num(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
