package io.unireg.normalize.ua;

import java.util.Locale;

/**
 * КАТОТТГ codes: {@code UA} + 17 digits ({@code UA OO RR HHH SSS DD NNNNN}, docs/domain-ua.md), checked for
 * existence in the shipped {@link KatottgCodifier}.
 */
public final class Katottg {

    private Katottg() {
    }

    /**
     * {@code UA} + 17 digits from a value written with spaces, lower case, a Cyrillic {@code УА}, or without
     * the {@code UA}; {@code null} when it is not that shape.
     */
    public static String canonical(String raw) {
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("UA") || value.startsWith("УА")) {
            value = value.substring(2);
        }
        String digits = Digits.of(value);
        return digits != null && digits.length() == 17 ? "UA" + digits : null;
    }

    /** {@code null} when {@code code} is a canonical code the codifier holds, else why not (no full code in it). */
    public static String problem(String code) {
        if (code == null || code.length() != 19 || !code.startsWith("UA") || !Digits.all(code.substring(2), 17)) {
            return "КАТОТТГ " + Masking.identifier(code) + " must be UA and 17 digits";
        }
        if (!KatottgCodifier.get().contains(code)) {
            return "КАТОТТГ " + Masking.identifier(code) + " is not in the codifier (edition "
                    + KatottgCodifier.EDITION + ")";
        }
        return null;
    }
}
