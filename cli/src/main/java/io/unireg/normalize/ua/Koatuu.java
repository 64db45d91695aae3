package io.unireg.normalize.ua;

/**
 * КОАТУУ, the territorial code KATOTTG replaced: 10 digits whose first two are the region code, the same
 * codes as KATOTTG's first level ({@code 63} Kharkiv, {@code 80} Kyiv) — so the list of regions comes from
 * the shipped codifier rather than a second copy here. Only the format is checked: the old classifier is
 * not shipped.
 */
public final class Koatuu {

    private Koatuu() {
    }

    /** {@code null} when {@code value} is 10 digits starting with a region code, else why not. */
    public static String problem(String value) {
        if (!Digits.all(value, 10)) {
            return "КОАТУУ " + Masking.identifier(value) + " must be 10 digits";
        }
        if (!KatottgCodifier.get().regionCodes().contains(value.substring(0, 2))) {
            return "КОАТУУ " + Masking.identifier(value) + " does not start with a region code ("
                    + String.join(", ", KatottgCodifier.get().regionCodes()) + ")";
        }
        return null;
    }

    /** Restores the leading zero a spreadsheet drops from Crimea's codes ({@code 0110000000}) when that makes one valid. */
    public static String restoreLeadingZero(String digits) {
        return digits.length() == 9 && problem("0" + digits) == null ? "0" + digits : digits;
    }
}
