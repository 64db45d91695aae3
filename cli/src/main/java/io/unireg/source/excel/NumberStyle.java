package io.unireg.source.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a numeric cell is shown, from its number format, and the text unireg reads from it: the string
 * the user saw, except that dates become ISO dates and General numbers are never in E-notation.
 *
 * <ul>
 * <li>Date formats: {@code yyyy-MM-dd} (date only), {@code yyyy-MM-dd'T'HH:mm:ss} (date and time),
 *     {@code HH:mm:ss} (time only). The serial number is converted by arithmetic, never through a
 *     {@link java.util.Date}, so no time zone can shift it.</li>
 * <li>General (and the text format {@code @} on a number): the full number, at Excel's 15
 *     significant digits, without exponent: {@code 1234567890}, not {@code 1.23457E+09}.</li>
 * <li>Any other format (leading zeros {@code 0000000}, fixed decimals, percent, a user's explicit
 *     scientific format): POI's {@link DataFormatter}, which renders it as Excel does (US decimal point).</li>
 * </ul>
 */
record NumberStyle(int formatIndex, String formatString, Kind kind) {

    enum Kind { GENERAL, DATE, DATE_TIME, TIME, FORMATTED }

    static final NumberStyle GENERAL = new NumberStyle(0, "General", Kind.GENERAL);

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    static NumberStyle of(int formatIndex, String formatString) {
        if (formatString == null || formatIndex == 0 || formatString.equalsIgnoreCase("General") || formatString.equals("@")) {
            return new NumberStyle(formatIndex, formatString, Kind.GENERAL);
        }
        return new NumberStyle(formatIndex, formatString, classify(formatIndex, formatString));
    }

    private static Kind classify(int index, String format) {
        String upper = format.toUpperCase(Locale.ROOT);
        // Windows "system" long date and time formats: shown per the reader's locale.
        if (upper.contains("[$-F800]")) {
            return Kind.DATE;
        }
        if (upper.contains("[$-F400]")) {
            return Kind.TIME;
        }
        if (!DateUtil.isADateFormat(index, format)) {
            return Kind.FORMATTED;
        }
        String bare = tokens(format);
        boolean time = bare.indexOf('h') >= 0 || bare.indexOf('s') >= 0 || upper.contains("AM/PM");
        boolean date = bare.indexOf('y') >= 0 || bare.indexOf('d') >= 0 || bare.indexOf('e') >= 0
            || (!time && bare.indexOf('m') >= 0);
        if (date && time) {
            return Kind.DATE_TIME;
        }
        return time ? Kind.TIME : Kind.DATE;
    }

    /** The format's letters without quoted literals, escapes and [$-…] / [Red] sections, lower case. */
    private static String tokens(String format) {
        StringBuilder sb = new StringBuilder(format.length());
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = format.indexOf(']', i);
                String inside = end < 0 ? "" : format.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (inside.matches("[hms]+")) {
                    sb.append(inside); // elapsed time [h]:mm
                }
                i = end < 0 ? format.length() : end;
            } else if (c == ';') {
                break; // the first section (positive numbers) decides
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The text of a numeric cell with this style. */
    String text(double value, boolean date1904, DataFormatter formatter) {
        switch (kind) {
            case GENERAL:
                return general(value);
            case DATE:
            case DATE_TIME:
            case TIME:
                if (!DateUtil.isValidExcelDate(value)) {
                    return general(value);
                }
                if (kind == Kind.TIME && value >= 1) {
                    return formatter.formatRawCellContents(value, formatIndex, formatString, date1904); // elapsed [h]:mm
                }
                LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
                if (at == null) {
                    return general(value);
                }
                return kind == Kind.DATE ? at.toLocalDate().toString()
                    : kind == Kind.TIME ? TIME.format(at) : DATE_TIME.format(at);
            default:
                return formatter.formatRawCellContents(value, formatIndex, formatString, date1904);
        }
    }

    /** Excel's General, minus the E-notation it switches to past 11 characters. */
    static String general(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#NUM!";
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
