package io.unireg.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chars a match of a pattern can begin with, asked of the pattern itself one char at a time as
 * values bring them: a value holding none of them cannot match anywhere, and is answered without
 * the regex engine. Cleaning patterns rarely match ({@code [\s№]+} in a document number, a
 * {@code ^(ID|паспорт)} prefix): on the benchmark job the engine took 60-200 ns a value, three
 * patterns a row, most of it to find nothing; the scan takes a few ns.
 *
 * <p>A char {@code c} is ruled out when matching at the start of the one-char text {@code "c"} fails
 * without the engine reaching the text's end ({@link Matcher#hitEnd()}): no text beginning with
 * {@code c} can then match there. That holds only for patterns whose match at a position does not
 * depend on what comes before it, so {@link #of} refuses lookbehind, word boundaries, {@code \G},
 * canonical equivalence and patterns that match the empty string.
 */
final class MatchStarts {

    private static final byte UNKNOWN = 0;
    private static final byte CANNOT = 1;
    private static final byte CAN = 2;

    private final Pattern pattern;
    /**
     * Per char, once asked. Shared by the normalising threads without locks: each entry only ever
     * goes from UNKNOWN to the one answer the pattern gives, so a race costs a second asking.
     */
    private final byte[] starts = new byte[Character.MAX_VALUE + 1];

    private MatchStarts(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The pattern's match starts, or {@code null} when a char alone cannot tell (see the class comment). */
    static MatchStarts of(Pattern pattern) {
        String regex = pattern.pattern();
        boolean looksBack = regex.contains("(?<=") || regex.contains("(?<!") || regex.contains("\\b")
                || regex.contains("\\B") || regex.contains("\\G");
        if (looksBack || (pattern.flags() & Pattern.CANON_EQ) != 0 || pattern.matcher("").lookingAt()) {
            return null;
        }
        return new MatchStarts(pattern);
    }

    /** False when no match of the pattern can begin anywhere in {@code value}; true when one may. */
    boolean mayMatch(String value) {
        byte[] known = starts;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            byte start = known[c];
            if (start == UNKNOWN) {
                start = ask(c);
                known[c] = start;
            }
            if (start == CAN) {
                return true;
            }
        }
        return false;
    }

    private byte ask(char c) {
        if (Character.isSurrogate(c)) {
            return CAN; // half a code point tells nothing; the engine decides
        }
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd() ? CAN : CANNOT;
    }
}
