package io.unireg.normalize.ua;

/**
 * Latin and Cyrillic letters that look the same, as a keyboard-layout slip or a DOS export
 * (Latin {@code i} for {@code і}) puts them into one word. Two per-char tables, built once.
 *
 * <p>Lower case: а е о р с х і у ї ё ↔ a e o p c x i y ï ë. Upper case: А В С Е Н І К М О Р Т Х
 * У Ї Ё ↔ A B C E H I K M O P T X Y Ï Ë. {@code У/Y} is included because in capitals the two are
 * typed for each other; lower-case {@code к/k}, {@code м/m}, {@code т/t} are not, as they differ
 * in most fonts.
 */
final class Homoglyphs {

    private static final String CYRILLIC = "аеорсхіуїёАВСЕНІКМОРТХУЇЁ";
    private static final String LATIN = "aeopcxiyïëABCEHIKMOPTXYÏË";
    private static final int LATIN_LIMIT = 0x0180;
    private static final int CYRILLIC_BASE = 0x0400;
    private static final int CYRILLIC_LIMIT = 0x0500;

    /** Indexed by a Latin char: its Cyrillic twin, or 0. */
    private static final char[] TO_CYRILLIC = new char[LATIN_LIMIT];
    /** Indexed by a Cyrillic char minus {@link #CYRILLIC_BASE}: its Latin twin, or 0. */
    private static final char[] TO_LATIN = new char[CYRILLIC_LIMIT - CYRILLIC_BASE];

    static {
        for (int i = 0; i < CYRILLIC.length(); i++) {
            TO_CYRILLIC[LATIN.charAt(i)] = CYRILLIC.charAt(i);
            TO_LATIN[CYRILLIC.charAt(i) - CYRILLIC_BASE] = LATIN.charAt(i);
        }
    }

    private Homoglyphs() {
    }

    /** The Cyrillic look-alike of a Latin letter, or 0 when it has none. */
    static char toCyrillic(char c) {
        return c < LATIN_LIMIT ? TO_CYRILLIC[c] : 0;
    }

    /** The Latin look-alike of a Cyrillic letter, or 0 when it has none. */
    static char toLatin(char c) {
        return c >= CYRILLIC_BASE && c < CYRILLIC_LIMIT ? TO_LATIN[c - CYRILLIC_BASE] : 0;
    }

    static boolean isCyrillic(char c) {
        return c >= CYRILLIC_BASE && c < CYRILLIC_LIMIT && Character.isLetter(c);
    }

    /** Basic Latin and Latin-1/Extended-A letters: the ones a Latin layout types. */
    static boolean isLatin(char c) {
        return c < LATIN_LIMIT && Character.isLetter(c) && c != 'ª' && c != 'º';
    }
}
