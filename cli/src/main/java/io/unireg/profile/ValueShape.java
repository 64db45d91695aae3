package io.unireg.profile;

/**
 * What a single value looks like, without regular expressions (the profiler calls this for every cell).
 */
final class ValueShape {

    /** Longer patterns are cut here, so free text does not flood the pattern table. */
    static final int MAX_PATTERN = 40;

    private ValueShape() {
    }

    /**
     * The value's pattern: Cyrillic capitals → А, small → а, Latin capitals → A, small → a,
     * digits → 9, anything else kept ({@code АА999999}, {@code 99.99.9999}).
     */
    static String pattern(String value) {
        int n = Math.min(value.length(), MAX_PATTERN);
        StringBuilder out = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append('9');
            } else if (isCyrillicLetter(c)) {
                out.append(Character.isUpperCase(c) ? 'А' : 'а');
            } else if (isLatinLetter(c)) {
                out.append(Character.isUpperCase(c) ? 'A' : 'a');
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX_PATTERN) {
            out.append('…');
        }
        return out.toString();
    }

    static boolean isCyrillicLetter(char c) {
        return c >= '\u0400' && c <= '\u04FF' && Character.isLetter(c);
    }

    static boolean isLatinLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c);
    }

    /** Whether one word (a run of letters) holds both Cyrillic and Latin letters, e.g. "Iванов" with a Latin I. */
    static boolean hasMixedScriptWord(String value) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isCyrillicLetter(c)) {
                cyrillic = true;
            } else if (isLatinLetter(c)) {
                latin = true;
            } else if (!Character.isLetter(c)) {
                cyrillic = false;
                latin = false;
            }
            if (cyrillic && latin) {
                return true;
            }
        }
        return false;
    }

    /** Optional minus, then ASCII digits only ("+380…" is a phone, not a number). */
    static boolean isInteger(String v) {
        int start = v.charAt(0) == '-' ? 1 : 0;
        return start < v.length() && digitsOnly(v, start, v.length());
    }

    /** Digits with one decimal point or comma and digits on both sides, optional minus. */
    static boolean isDecimal(String v) {
        int start = v.charAt(0) == '-' ? 1 : 0;
        int sep = -1;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' || c == ',') {
                if (sep >= 0) {
                    return false;
                }
                sep = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return sep > start && sep < v.length() - 1;
    }

    /** Digits with a leading zero, like a code a spreadsheet would damage if it read them as a number. */
    static boolean hasLeadingZero(String v) {
        return v.length() > 1 && v.charAt(0) == '0' && digitsOnly(v, 0, v.length());
    }

    static boolean isTenDigits(String v) {
        return v.length() == 10 && digitsOnly(v, 0, 10);
    }

    /**
     * A Ukrainian phone number as registries write it: digits with optional {@code + ( ) - space},
     * 10 digits starting 0, 11 starting 80 or 12 starting 380.
     */
    static boolean isPhone(String v) {
        int digits = 0;
        int prefix = 0; // the first three digits, enough to check 0…, 80…, 380…
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 12) {
                    return false;
                }
                if (digits <= 3) {
                    prefix = prefix * 10 + (c - '0');
                }
            } else if (c == '+' ? i != 0 : c != ' ' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        return switch (digits) {
            case 10 -> prefix / 100 == 0;
            case 11 -> prefix / 10 == 80;
            case 12 -> prefix == 380;
            default -> false;
        };
    }

    private static boolean digitsOnly(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
