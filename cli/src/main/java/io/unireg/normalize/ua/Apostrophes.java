package io.unireg.normalize.ua;

/**
 * The characters registries type for the Ukrainian apostrophe (м'ясо, м’ясо, мʼясо, м`ясо …) and
 * the rule that replaces them with one canonical character inside a Ukrainian word.
 *
 * <p>The default canonical apostrophe is {@code ’} (U+2019): it is the one windows-1251 can encode
 * (0x92), so a legacy sink keeps it, and the KATOTTG codifier and the shipped given-name table use
 * it, so values compare equal to the reference data. {@code ʼ} (U+02BC, the modifier letter the
 * Unicode standard and Ukrainian typographers recommend) is one option away.
 */
public final class Apostrophes {

    /** U+2019, the default. */
    public static final char RIGHT_QUOTE = '\u2019';
    /** U+02BC MODIFIER LETTER APOSTROPHE. */
    public static final char MODIFIER_LETTER = '\u02BC';
    /** Every look-alike, the canonical choices included. */
    static final String LOOK_ALIKES = "'\u2019\u02BC`\u00B4\u2033\"\u2018\u2032\u02B9\u02BB";

    private Apostrophes() {
    }

    public static boolean isApostrophe(char c) {
        return c < 0x02B9 ? c == '\'' || c == '`' || c == '"' || c == '\u00B4'
                : LOOK_ALIKES.indexOf(c) >= 0;
    }

    /** A letter that forms words, the apostrophe-like modifier letters (U+02BC, …) excluded. */
    static boolean isWordLetter(char c) {
        return Character.isLetter(c) && !isApostrophe(c);
    }

    /** True when the apostrophe-like char at {@code i} has a word letter on both sides. */
    static boolean isInsideWord(CharSequence s, int i) {
        return i > 0 && i + 1 < s.length() && isWordLetter(s.charAt(i - 1)) && isWordLetter(s.charAt(i + 1));
    }

    /** The end (exclusive) of the word starting at {@code start}: word letters and apostrophes between them. */
    static int wordEnd(CharSequence s, int start) {
        int k = start + 1;
        while (k < s.length() && (isWordLetter(s.charAt(k)) || (isApostrophe(s.charAt(k)) && isInsideWord(s, k)))) {
            k++;
        }
        return k;
    }

    /**
     * {@code value} with every apostrophe look-alike between two Cyrillic letters replaced by
     * {@code canonical}; quotes around words and apostrophes in Latin words (O'Brien) stay.
     * The same instance when nothing changes.
     */
    public static String canonical(String value, char canonical) {
        char[] out = null;
        int n = value.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = value.charAt(i);
            if (c != canonical && isApostrophe(c)
                    && Homoglyphs.isCyrillic(value.charAt(i - 1)) && Homoglyphs.isCyrillic(value.charAt(i + 1))) {
                if (out == null) {
                    out = value.toCharArray();
                }
                out[i] = canonical;
            }
        }
        return out == null ? value : new String(out);
    }
}
