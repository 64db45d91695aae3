package io.unireg.normalize;

import java.time.LocalDate;

/**
 * A calendar day packed in one int as {@code yyyymmdd}: the date function's hot path compares and
 * formats days without building {@link LocalDate}s. Packed days order like the dates they name.
 */
final class IsoDay {

    private IsoDay() {
    }

    static int pack(int year, int month, int day) {
        return year * 10000 + month * 100 + day;
    }

    static int pack(LocalDate date) {
        return pack(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    static boolean isValid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
    }

    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** {@code yyyy-MM-dd} for years 0–9999, as {@link LocalDate#toString()} writes them. */
    static String format(int packed) {
        int year = packed / 10000;
        int month = packed / 100 % 100;
        int day = packed % 100;
        char[] out = {
            digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
            digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
        return new String(out);
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }
}
