package io.unireg.report;

import io.unireg.normalize.ua.Masking;

/**
 * What a report shows of values that may identify a person. Masked by default with the one masking
 * rule ({@link Masking#identifier}, {@code 31***45678}); shown as the run files hold them with
 * {@code --show-pii}. Reject messages come already masked from the run; the report also masks what
 * they quote ({@code 'value'}), dates and long digit runs, because a message may quote a birth date.
 *
 * <p>Written out by hand rather than as three regular expressions: the report's rejects sheet masks
 * every reject's message on the links writer's thread, and the expressions (run rarely enough that the
 * JIT leaves them half-compiled) took a sixth of that thread's time in a 1M-row run. The rules are the
 * expressions' ({@code PiiMaskTest} checks the two against each other on random messages):
 * <ul>
 *   <li>quoted: {@code '([^']*)'}, each pair of single quotes from the left;</li>
 *   <li>dates: {@code 2024-01-31} or {@code 31.01.2024}, {@code 31/1/24} (one or two digits, {@code .} or
 *       {@code /}, one or two, {@code .} or {@code /}, two to four), with no ASCII letter, digit or
 *       underscore right before or after. That is the JDK's {@code \b} from Java 19 on; on Java 17 a
 *       Cyrillic letter counted as well, and a date glued to one was left unmasked;</li>
 *   <li>long numbers: {@code (?<![\d*])\d{6,}(?![\d*])}, six digits or more not next to a star (so
 *       not a part left by an earlier mask).</li>
 * </ul>
 */
final class PiiMask {

    private final boolean show;

    PiiMask(boolean show) {
        this.show = show;
    }

    /** A source key, an identifier or a compared value. */
    String value(String value) {
        if (show || value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return Masking.identifier(value);
    }

    /** A reject message: what it quotes, dates and long numbers masked. */
    String message(String message) {
        if (show || message == null) {
            return message == null ? "" : message;
        }
        return longNumbers(dates(quoted(message)));
    }

    private static String quoted(String s) {
        int open = s.indexOf('\'');
        int close = open < 0 ? -1 : s.indexOf('\'', open + 1);
        if (close < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (close >= 0) {
            out.append(s, from, open + 1).append(Masking.identifier(s.substring(open + 1, close))).append('\'');
            from = close + 1;
            open = s.indexOf('\'', from);
            close = open < 0 ? -1 : s.indexOf('\'', open + 1);
        }
        return out.append(s, from, s.length()).toString();
    }

    private static String dates(String s) {
        return maskDigitRuns(s, (t, i, run) -> i > 0 && word(t.charAt(i - 1)) ? -1 : dateEnd(t, i, run));
    }

    /** Where the date beginning with the digits {@code s[i..run)} ends; -1 when none does. */
    private static int dateEnd(String s, int i, int run) {
        int first = run - i;
        if (first == 4 && charAt(s, run) == '-') {
            int month = runEnd(s, run + 1);
            if (month - run - 1 == 2 && charAt(s, month) == '-') {
                int day = runEnd(s, month + 1);
                if (day - month - 1 == 2 && !word(charAt(s, day))) {
                    return day;
                }
            }
        } else if (first <= 2 && separator(charAt(s, run))) {
            int second = runEnd(s, run + 1);
            int len = second - run - 1;
            if (len >= 1 && len <= 2 && separator(charAt(s, second))) {
                int year = runEnd(s, second + 1);
                len = year - second - 1;
                if (len >= 2 && len <= 4 && !word(charAt(s, year))) {
                    return year;
                }
            }
        }
        return -1;
    }

    private static String longNumbers(String s) {
        return maskDigitRuns(s, (t, i, run) ->
                run - i >= 6 && (i == 0 || t.charAt(i - 1) != '*') && charAt(t, run) != '*' ? run : -1);
    }

    /** For the run of digits {@code s[i..run)}: where the stretch to mask from {@code i} ends, or -1 for none. */
    private interface Stretch {
        int end(String s, int i, int run);
    }

    /** {@code s} with each stretch {@code stretch} finds at the start of a run of digits masked, left to right. */
    private static String maskDigitRuns(String s, Stretch stretch) {
        StringBuilder out = null;
        int from = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!digit(s.charAt(i))) {
                i++;
                continue;
            }
            int run = runEnd(s, i);
            int end = stretch.end(s, i, run);
            if (end < 0) {
                i = run; // no stretch starts inside a run of digits
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, from, i).append(Masking.identifier(s.substring(i, end)));
            from = end;
            i = end;
        }
        return out == null ? s : out.append(s, from, n).toString();
    }

    private static int runEnd(String s, int i) {
        int n = s.length();
        while (i < n && digit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The char at {@code i}, or 0 (neither a digit, a word char, a separator nor a star) past the end. */
    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean separator(char c) {
        return c == '.' || c == '/';
    }

    private static boolean word(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
