package io.unireg.normalize.ua;

/** Small digit tests and clean-up the identifier classes share. */
final class Digits {

    private Digits() {
    }

    /** Whether {@code value} is exactly {@code length} ASCII digits. */
    static boolean all(CharSequence value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean allSame(CharSequence value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) != value.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits of a number as exports write it — {@code "25 30 41 40 71"}, {@code "3265-4045"},
     * {@code "1759013776.0"} (a spreadsheet's number cell) — or {@code null} when it holds anything but
     * digits and separators (spaces, dashes, dots, slashes), e.g. letters of a passport series.
     */
    static String of(String raw) {
        String value = raw.strip();
        if (value.endsWith(".0")) {
            value = value.substring(0, value.length() - 2);
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        return sb.toString();
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014'
                || c == '.' || c == '/';
    }
}
