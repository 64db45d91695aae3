package io.unireg.normalize;

import java.time.LocalDate;

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01. Excel counts a 1900-02-29 that never existed
 * (serial 60, a Lotus 1-2-3 compatibility bug), so from serial 61 on the day count is off by one.
 */
final class ExcelSerial {

    private static final LocalDate BEFORE_SERIAL_1 = LocalDate.of(1899, 12, 31);
    private static final LocalDate BEFORE_SERIAL_61 = LocalDate.of(1899, 12, 30);
    static final int FAKE_LEAP_DAY = 60;

    private ExcelSerial() {
    }

    /** The date of a whole serial ≥ 1 other than 60. */
    static LocalDate toDate(long serial) {
        if (serial < 1 || serial == FAKE_LEAP_DAY) {
            throw new IllegalArgumentException("no date for Excel serial " + serial);
        }
        return serial < FAKE_LEAP_DAY ? BEFORE_SERIAL_1.plusDays(serial) : BEFORE_SERIAL_61.plusDays(serial);
    }

    /**
     * The whole days of a value written as digits with an optional fraction (a time of day, as
     * "33239.5"), when there are {@code minDigits}–{@code maxDigits} of them; else -1.
     */
    static long wholeDays(String value, int minDigits, int maxDigits) {
        int n = value.length();
        int i = 0;
        long days = 0;
        while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            days = days * 10 + (value.charAt(i) - '0');
            i++;
            if (i > maxDigits) {
                return -1;
            }
        }
        if (i < minDigits) {
            return -1;
        }
        if (i < n) {
            if (value.charAt(i) != '.' && value.charAt(i) != ',') {
                return -1;
            }
            for (int j = i + 1; j < n; j++) {
                if (value.charAt(j) < '0' || value.charAt(j) > '9') {
                    return -1;
                }
            }
        }
        return days;
    }
}
