package io.unireg.normalize;

/**
 * Whitespace as registry exports contain it: ASCII blanks and control characters, NBSP, the
 * Unicode space separators, line/paragraph separators, zero-width space and a stray BOM.
 * {@link Character#isWhitespace} misses NBSP, which spreadsheets put everywhere.
 */
public final class Spaces {

    private Spaces() {
    }

    /**
     * Small enough for the JIT to inline into the per-character loops that call it (the launcher caps
     * inlining at 50 bytes of bytecode on small machines): everything below U+0085 and from U+00A1 to
     * U+167F (Latin letters, Cyrillic) is answered here, the rare rest by {@link #isWideSpace}.
     */
    public static boolean isSpace(char c) {
        return c <= ' ' || c >= '\u0085' && (c <= '\u00A0' || c >= '\u1680') && isWideSpace(c);
    }

    private static boolean isWideSpace(char c) {
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000'
                || c == '\uFEFF';
    }

    /** {@code s} without spaces at either end; the same instance when there are none. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** True for {@code null}, the empty string and strings made only of spaces. */
    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Up to 40 characters of a value for a one-line message, quoted. */
    public static String quote(String value) {
        String shown = value.length() <= 40 ? value : value.substring(0, 37) + "…";
        return "'" + shown + "'";
    }
}
