package io.unireg.report;

import io.unireg.normalize.ua.Masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report shows of values that may identify a person. Masked by default with the one masking
 * rule ({@link Masking#identifier}, {@code 31***45678}); shown as the run files hold them with
 * {@code --show-pii}. Reject messages come already masked from the run; the report also masks what
 * they quote ({@code 'value'}), dates and long digit runs, because a message may quote a birth date.
 */
final class PiiMask {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d*])\\d{6,}(?![\\d*])");

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
        String s = replace(QUOTED, message, m -> "'" + Masking.identifier(m.group(1)) + "'");
        s = replace(DATE, s, m -> Masking.identifier(m.group()));
        return replace(DIGITS, s, m -> Masking.identifier(m.group()));
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
