package io.unireg.normalize.ua;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * УНЗР, the record number in the demographic register: {@code YYYYMMDD-NNNNC} — birth date, a sequence
 * 0001–9999 and a check digit. The Migration Service describes the check digit as the ICAO 9303 one
 * (weights 7, 3, 1 repeating over the 12 digits, sum mod 10), but that is <b>not verified against a real
 * УНЗР</b> (docs/domain-ua.md): callers decide whether a failed check digit rejects ({@code strict}).
 */
public final class Unzr {

    private static final int[] WEIGHTS = {7, 3, 1};

    /** Why a candidate is not a valid УНЗР; {@code null} means valid. */
    public enum Problem {
        FORMAT("must be YYYYMMDD-NNNNC (8 digits of a birth date, a dash, 5 digits)"),
        DATE("does not start with a date that exists"),
        SEQUENCE("has the sequence number 0000"),
        CHECK_DIGIT("has a wrong check digit");

        public final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    private Unzr() {
    }

    /** The ICAO 9303 check digit over the first 12 digits of {@code digits} (no dash). */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += WEIGHTS[i % 3] * (digits.charAt(i) - '0');
        }
        return sum % 10;
    }

    /** {@code YYYYMMDD-NNNNC} from 13 digits written with or without the dash (spaces allowed); else {@code null}. */
    public static String canonical(String raw) {
        String digits = Digits.of(raw);
        return digits != null && digits.length() == 13 ? digits.substring(0, 8) + "-" + digits.substring(8) : null;
    }

    /**
     * {@code null} when {@code value} is a valid canonical УНЗР, else the problem; the check digit counts
     * only when {@code strict}.
     */
    public static Problem problem(String value, boolean strict) {
        if (value == null || value.length() != 14 || value.charAt(8) != '-'
                || !Digits.all(value.substring(0, 8), 8) || !Digits.all(value.substring(9), 5)) {
            return Problem.FORMAT;
        }
        if (birthDate(value) == null) {
            return Problem.DATE;
        }
        if (value.startsWith("0000", 9)) {
            return Problem.SEQUENCE;
        }
        if (strict && checkDigit(value.substring(0, 8) + value.substring(9)) != value.charAt(13) - '0') {
            return Problem.CHECK_DIGIT;
        }
        return null;
    }

    /** The birth date in the first 8 digits, or {@code null} when they are not a real date. */
    public static LocalDate birthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The УНЗР with this birth date and sequence (1–9999) and its check digit. */
    public static String make(LocalDate birthDate, int sequence) {
        if (sequence < 1 || sequence > 9999 || birthDate.getYear() < 1000 || birthDate.getYear() > 9999) {
            throw new IllegalArgumentException("sequence must be 1–9999 and the year 4 digits");
        }
        String twelve = String.format("%04d%02d%02d%04d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sequence);
        return twelve.substring(0, 8) + "-" + twelve.substring(8) + checkDigit(twelve);
    }
}
