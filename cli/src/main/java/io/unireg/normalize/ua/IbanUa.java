package io.unireg.normalize.ua;

import java.util.Locale;

/**
 * A Ukrainian IBAN: {@code UA}, 2 check digits, the bank's 6-digit МФО and a 19-character account — 29
 * characters, valid when the ISO 13616 mod-97 of the rearranged number is 1.
 */
public final class IbanUa {

    public static final int LENGTH = 29;

    private IbanUa() {
    }

    /** Spaces (print groups of four) removed, upper-cased. */
    public static String compact(String raw) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** {@code null} when {@code value} is a compact valid Ukrainian IBAN, else why not (no full number in it). */
    public static String problem(String value) {
        String shown = "IBAN " + Masking.identifier(value);
        if (value == null || value.length() != LENGTH || !value.startsWith("UA")) {
            return shown + " must be UA and 27 more characters";
        }
        if (!Digits.all(value.substring(2, 10), 8)) {
            return shown + " must have 2 check digits and a 6-digit bank code after UA";
        }
        int remainder = mod97(value);
        if (remainder < 0) {
            return shown + " may hold only Latin letters and digits";
        }
        return remainder == 1 ? null : shown + " has wrong check digits (mod 97)";
    }

    /** ISO 13616: country and check digits moved to the end, letters as 10–35, mod 97; -1 for other characters. */
    private static int mod97(String iban) {
        int remainder = 0;
        for (int k = 0; k < iban.length(); k++) {
            char c = iban.charAt((k + 4) % iban.length());
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return -1;
            }
        }
        return remainder;
    }

    /** The valid IBAN for a 6-digit bank code and a 19-character account (tests, sample data). */
    public static String make(String bankCode, String account) {
        String body = bankCode + account.toUpperCase(Locale.ROOT);
        int remainder = mod97("UA00" + body);
        if (body.length() != LENGTH - 4 || remainder < 0) {
            throw new IllegalArgumentException("expected a 6-digit bank code and 19 letters or digits");
        }
        return String.format("UA%02d", 98 - remainder) + body;
    }
}
