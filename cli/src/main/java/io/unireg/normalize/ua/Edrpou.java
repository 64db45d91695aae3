package io.unireg.normalize.ua;

/**
 * ЄДРПОУ, the 8-digit code of a legal entity. Algorithm: python-stdnum {@code stdnum/ua/edrpou.py};
 * see docs/domain-ua.md. Single-digit errors are caught except where the second pass or the weight-set
 * switch maps two sums to one digit (about 2 % of them, pinned by {@code EdrpouTest}).
 */
public final class Edrpou {

    private static final int[] LOW_WEIGHTS = {1, 2, 3, 4, 5, 6, 7};
    private static final int[] MID_WEIGHTS = {7, 1, 2, 3, 4, 5, 6};

    /** Why a candidate is not a valid code; {@code null} means valid. */
    public enum Problem {
        NOT_EIGHT_DIGITS("must be 8 digits"),
        PLACEHOLDER("is a placeholder (all digits the same)"),
        CHECK_DIGIT("has a wrong check digit");

        public final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    private Edrpou() {
    }

    /** The check digit for the first seven digits of {@code digits} (the first digit picks the weights). */
    public static int checkDigit(CharSequence digits) {
        // "Below 30000000 or above 60000000" comes down to the first digit, as python-stdnum tests it
        // (60000000 itself included in the low set): the weights do not depend on the check digit.
        char first = digits.charAt(0);
        int[] weights = first >= '3' && first <= '5' ? MID_WEIGHTS : LOW_WEIGHTS;
        int remainder = weightedSum(digits, weights, 0) % 11;
        if (remainder < 10) {
            return remainder;
        }
        return weightedSum(digits, weights, 2) % 11 % 10;
    }

    private static int weightedSum(CharSequence digits, int[] weights, int add) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (weights[i] + add) * (digits.charAt(i) - '0');
        }
        return sum;
    }

    /** {@code null} when {@code value} is a valid code (exactly 8 ASCII digits), else the problem. */
    public static Problem problem(String value) {
        if (!Digits.all(value, 8)) {
            return Problem.NOT_EIGHT_DIGITS;
        }
        if (Digits.allSame(value)) {
            return Problem.PLACEHOLDER;
        }
        return checkDigit(value) == value.charAt(7) - '0' ? null : Problem.CHECK_DIGIT;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** Puts back the leading zeros a spreadsheet drops ({@code 32945} → {@code 00032945}); longer values unchanged. */
    public static String leftPad(String digits) {
        return digits.length() >= 8 ? digits : "0".repeat(8 - digits.length()) + digits;
    }

    /** The valid code with these first seven digits. */
    public static String complete(String sevenDigits) {
        if (!Digits.all(sevenDigits, 7)) {
            throw new IllegalArgumentException("expected 7 digits");
        }
        return sevenDigits + checkDigit(sevenDigits + "0");
    }
}
