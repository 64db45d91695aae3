package io.unireg.profile;

import java.time.YearMonth;

/**
 * Recognises a date written as three digit groups and names its pattern the way
 * {@link java.time.format.DateTimeFormatter} would: {@code dd.MM.yyyy}, {@code d.M.yy},
 * {@code yyyy-MM-dd}, {@code MM/dd/yyyy}. Day first unless the year leads or only a US order fits.
 */
final class DatePattern {

    private DatePattern() {
    }

    /** The pattern, or {@code null} when the value is not a valid calendar date. */
    static String of(String v) {
        int n = v.length();
        if (n < 6 || n > 10) {
            return null;
        }
        char sep = 0;
        int[] value = new int[3];
        int[] width = new int[3];
        int group = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                value[group] = value[group] * 10 + (c - '0');
                if (++width[group] > 4) {
                    return null;
                }
            } else if ((c == '.' || c == '-' || c == '/') && (sep == 0 || c == sep) && group < 2 && width[group] > 0) {
                sep = c;
                group++;
            } else {
                return null;
            }
        }
        if (group != 2 || width[2] == 0) {
            return null;
        }
        if (width[0] == 4 && width[1] <= 2 && width[2] <= 2) {
            return valid(value[0], value[1], value[2])
                ? "yyyy" + sep + letters('M', width[1]) + sep + letters('d', width[2]) : null;
        }
        if (width[0] > 2 || width[1] > 2 || width[2] != 2 && width[2] != 4) {
            return null;
        }
        int year = width[2] == 4 ? value[2] : 2000 + value[2];
        String y = width[2] == 4 ? "yyyy" : "yy";
        if (valid(year, value[1], value[0])) {
            return letters('d', width[0]) + sep + letters('M', width[1]) + sep + y;
        }
        if (sep == '/' && valid(year, value[0], value[1])) {
            return letters('M', width[0]) + sep + letters('d', width[1]) + sep + y;
        }
        return null;
    }

    private static boolean valid(int year, int month, int day) {
        return year >= 1800 && year <= 2199 && month >= 1 && month <= 12
            && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static String letters(char letter, int width) {
        return width == 1 ? String.valueOf(letter) : String.valueOf(letter) + letter;
    }
}
