package io.unireg.normalize.ua;

import java.time.LocalDate;
import java.util.Optional;

/**
 * РНОКПП (formerly ІПН), the 10-digit individual taxpayer number.
 * Algorithm: python-stdnum {@code stdnum/ua/rntrc.py}; see docs/domain-ua.md.
 */
public final class Rnokpp {

    private static final int[] WEIGHTS = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 31);

    /** Why a candidate is not a valid RNOKPP; {@code null} means valid. */
    public enum Problem {
        NOT_TEN_DIGITS("must be 10 digits"),
        PLACEHOLDER("is a placeholder (all digits the same)"),
        CHECK_DIGIT("has a wrong check digit");

        public final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    private Rnokpp() {
    }

    /** The check digit for the first nine digits of {@code digits}. */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return Math.floorMod(sum, 11) % 10;
    }

    /** {@code null} when {@code value} is a valid RNOKPP (exactly 10 ASCII digits), else the problem. */
    public static Problem problem(String value) {
        if (value == null || value.length() != 10) {
            return Problem.NOT_TEN_DIGITS;
        }
        boolean same = true;
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Problem.NOT_TEN_DIGITS;
            }
            same &= c == value.charAt(0);
        }
        if (same) {
            return Problem.PLACEHOLDER;
        }
        return checkDigit(value) == value.charAt(9) - '0' ? null : Problem.CHECK_DIGIT;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /**
     * Restores the leading zero a spreadsheet drops from the numbers of people born before 1927-05-19:
     * a 9-digit {@code digits} becomes {@code "0" + digits} when that is a valid RNOKPP. Anything else comes
     * back unchanged — a 9-digit value may just as well be an ID-card number.
     */
    public static String restoreLeadingZero(String digits) {
        if (digits != null && digits.length() == 9) {
            String padded = "0" + digits;
            if (isValid(padded)) {
                return padded;
            }
        }
        return digits;
    }

    /** Birth date encoded in digits 1–5 (days since 1899-12-31). */
    public static LocalDate birthDate(String valid) {
        return LocalDate.ofEpochDay(birthEpochDay(valid));
    }

    /**
     * {@link #birthDate} as days since 1970-01-01, read from the digits without a parser or an object:
     * a row check compares it with every record's birth date.
     */
    public static long birthEpochDay(String valid) {
        int days = 0;
        for (int i = 0; i < 5; i++) {
            days = days * 10 + (valid.charAt(i) - '0');
        }
        return EPOCH.toEpochDay() + days;
    }

    /** Days since 1899-12-31 for a birth date, as the first five digits carry it. */
    public static Optional<String> datePrefix(LocalDate birthDate) {
        long days = birthDate.toEpochDay() - EPOCH.toEpochDay();
        return days >= 0 && days <= 99_999 ? Optional.of(String.format("%05d", days)) : Optional.empty();
    }

    /** Digit 9: odd = male ("M"), even = female ("F"). */
    public static String sex(String valid) {
        return isMale(valid) ? "M" : "F";
    }

    /** Whether digit 9 is odd, i.e. {@link #sex} is "M". */
    public static boolean isMale(String valid) {
        return (valid.charAt(8) - '0') % 2 == 1;
    }

    /** A valid number for the given birth date, serial (0–999) and sex — used by the sample generator. */
    public static String make(LocalDate birthDate, int serial, boolean male) {
        return make(birthDate, serial, serial % 5, male);
    }

    /**
     * A valid number from its parts: birth date, digits 6–8 ({@code serial}, 0–999) and which of the five
     * digits of the sex's parity digit 9 is ({@code sexIndex}, 0–4) — 5,000 numbers per date and sex.
     */
    public static String make(LocalDate birthDate, int serial, int sexIndex, boolean male) {
        String prefix = datePrefix(birthDate).orElseThrow(() -> new IllegalArgumentException("birth date out of range"));
        int sexDigit = (sexIndex % 5) * 2 + (male ? 1 : 0);
        String nine = prefix + String.format("%03d", serial % 1000) + sexDigit;
        return nine + checkDigit(nine);
    }
}
