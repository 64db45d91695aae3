package io.unireg.schema;

/**
 * A schema {@code pattern} that is a fixed sequence of ASCII digits ({@code \d}) and literal
 * characters, such as {@code ^\d{10}$} or {@code ^UA\d{17}$}, checked without the regex engine:
 * the length, then one comparison per position. The identifiers schemas describe are written this
 * way, and every value of every row is checked.
 *
 * <p>It matches exactly what {@code Pattern.compile(regex).matcher(value).matches()} does: {@code \d}
 * without flags is {@code [0-9]}, the literals allowed are characters with no regex meaning, and
 * under {@code matches()} the anchors add nothing (a {@code $} before a final line break still leaves
 * the break unmatched). Any other pattern is left to {@link java.util.regex.Pattern}.
 */
final class FixedWidthPattern {

    /** Marks a position that takes any ASCII digit. */
    private static final char DIGIT = '\0';

    private final char[] positions;

    private FixedWidthPattern(char[] positions) {
        this.positions = positions;
    }

    /** The pattern, or {@code null} when {@code regex} is not a fixed run of digits and literals. */
    static FixedWidthPattern compile(String regex) {
        int n = regex.length();
        int i = regex.startsWith("^") ? 1 : 0;
        if (regex.endsWith("$") && n > i) {
            n--;
        }
        StringBuilder positions = new StringBuilder();
        while (i < n) {
            char c = regex.charAt(i);
            char position;
            if (c == '\\' && i + 1 < n && regex.charAt(i + 1) == 'd') {
                position = DIGIT;
                i += 2;
            } else if (isPlainLiteral(c)) {
                position = c;
                i++;
            } else {
                return null;
            }
            int count = 1;
            if (i < n && regex.charAt(i) == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0 || close > n || close - i < 2 || close - i > 4 || !allDigits(regex, i + 1, close)) {
                    return null;
                }
                count = Integer.parseInt(regex, i + 1, close, 10);
                i = close + 1;
            }
            positions.append(String.valueOf(position).repeat(count));
        }
        return positions.length() == 0 ? null : new FixedWidthPattern(positions.toString().toCharArray());
    }

    boolean matches(String value) {
        char[] p = positions;
        if (value.length() != p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            char c = value.charAt(i);
            if (p[i] == DIGIT ? c < '0' || c > '9' : c != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** Characters that stand for themselves in a regex, outside a class and without flags. */
    private static boolean isPlainLiteral(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == ':' || c == '/' || c == '@';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
