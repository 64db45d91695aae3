package io.unireg.normalize;

import java.util.List;

/**
 * {@code number}: "1 234,50", "1'234.5", "−12" → plain decimals "1234.50", "1234.5", "-12".
 * Spaces (NBSP, thin space) and apostrophes may group digits; ',' or '.' is the decimal mark, so
 * a value with two marks ("1.234,5") is ambiguous and rejected rather than guessed.
 */
final class NumberFunction implements FunctionLibrary {

    static final String NAME = "number";

    @Override
    public List<FunctionSpec> functions() {
        return List.of(new FunctionSpec(NAME,
                "Reads a number with a decimal comma or point and digit groups split by spaces, NBSP or apostrophes; writes a plain decimal with '.'.",
                NAME,
                "\"1 234,50\" → \"1234.50\"",
                args -> {
                    ArgReader.of(NAME, args).requireNone();
                    return (value, row) -> value == null ? Outcome.missing() : parse(value);
                }));
    }

    static Outcome parse(String raw) {
        String value = Spaces.trim(raw);
        int n = value.length();
        if (n == 0) {
            return Outcome.missing();
        }
        if (isCanonical(value)) {
            return Outcome.ok(value);
        }
        StringBuilder integer = new StringBuilder(n);
        StringBuilder fraction = null;
        boolean negative = false;
        int i = 0;
        char first = value.charAt(0);
        if (first == '-' || first == '+' || first == '\u2212') {
            negative = first != '+';
            i++;
        }
        boolean lastWasDigit = false;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                (fraction == null ? integer : fraction).append(c);
                lastWasDigit = true;
            } else if ((c == ',' || c == '.') && fraction == null) {
                fraction = new StringBuilder(n);
                lastWasDigit = false;
            } else if (isGroupSeparator(c) && fraction == null && lastWasDigit
                    && i + 1 < n && isDigit(value.charAt(i + 1))) {
                lastWasDigit = false;
            } else {
                return notANumber(value);
            }
        }
        if (integer.length() == 0 && (fraction == null || fraction.length() == 0)) {
            return notANumber(value);
        }
        return Outcome.ok(render(negative, integer, fraction));
    }

    private static String render(boolean negative, StringBuilder integer, StringBuilder fraction) {
        int start = 0;
        while (start < integer.length() - 1 && integer.charAt(start) == '0') {
            start++;
        }
        String whole = integer.length() == 0 ? "0" : integer.substring(start);
        String decimals = fraction == null ? "" : fraction.toString();
        boolean zero = whole.equals("0");
        for (int i = 0; zero && i < decimals.length(); i++) {
            zero = decimals.charAt(i) == '0';
        }
        StringBuilder out = new StringBuilder(whole.length() + decimals.length() + 2);
        if (negative && !zero) {
            out.append('-');
        }
        out.append(whole);
        if (!decimals.isEmpty()) {
            out.append('.').append(decimals);
        }
        return out.toString();
    }

    /** Already plain: optional '-', digits without a leading zero (or a lone 0), optional ".digits". */
    private static boolean isCanonical(String value) {
        int n = value.length();
        int i = value.charAt(0) == '-' ? 1 : 0;
        int digitsStart = i;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || (digits > 1 && value.charAt(digitsStart) == '0')) {
            return false;
        }
        if (i == n) {
            return !(digitsStart == 1 && digits == 1 && value.charAt(1) == '0');
        }
        if (value.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            if (!isDigit(value.charAt(j))) {
                return false;
            }
        }
        return digitsStart == 0; // "-0.0" and friends go the long way to lose their sign
    }

    private static boolean isGroupSeparator(char c) {
        return Spaces.isSpace(c) || TitleCase.isApostrophe(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Outcome notANumber(String value) {
        return Outcome.reject(NAME, "not a number: " + Spaces.quote(value));
    }
}
