package io.unireg.normalize;

/**
 * Title case for personal and place names. A word starts at a letter that follows neither a letter,
 * a digit, nor an apostrophe inside a word ("П'ЯТАК" → "П'ятак", also with a look-alike or a doubled
 * one: "МАР´ЯНА", "МАР''ЯНА" → "Мар´яна", "Мар''яна"). Hyphens and dots separate words
 * ("ЛЕВИЦЬКА-КОВАЛЬ" → "Левицька-Коваль", "о.м." → "О.М."), except a hyphen after a digit, so
 * "23-ГО" becomes "23-го", not "23-Го".
 */
final class TitleCase {

    /**
     * What registries type for an apostrophe inside a word (м'ясо, м´ясо, м″ясо, м"ясо, м''ясо): the
     * set of {@code io.unireg.normalize.ua.Apostrophes}, which depends on this package, not the other way.
     */
    private static final String INSIDE_WORD = "'\u2019\u02BC`\u00B4\u2033\"\u2018\u2032\u02B9\u02BB";

    private TitleCase() {
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u2018';
    }

    static String apply(String value) {
        char[] out = null;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!isLetter(c)) {
                continue;
            }
            char wanted = startsWord(value, i) ? toUpperCase(c) : toLowerCase(c);
            if (wanted != c) {
                if (out == null) {
                    out = value.toCharArray();
                }
                out[i] = wanted;
            }
        }
        return out == null ? value : new String(out);
    }

    private static boolean startsWord(String s, int i) {
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        if (isLetter(prev) || Character.isDigit(prev)) {
            return false;
        }
        if (INSIDE_WORD.indexOf(prev) >= 0) {
            int j = i - 1;
            while (j > 0 && INSIDE_WORD.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
            return j == 0 || !isLetter(s.charAt(j - 1));
        }
        if (prev == '-' && i >= 2 && Character.isDigit(s.charAt(i - 2))) {
            return false;
        }
        return true;
    }

    /*
     * Character's answers, with the names registries hold answered without its tables: ASCII and
     * U+0400-U+045F (А-я, Ё Є І Ї Ў and their small letters) are ranges and fixed offsets; every other
     * char (Ґ is U+0490) goes to Character. A letter of a name cost three table lookups
     * (isLetter, isLetterOrDigit of the one before, the case change); TitleCaseTest checks these against
     * Character for every char.
     */

    static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return c >= 0x400 && c <= 0x45F || Character.isLetter(c);
    }

    static char toUpperCase(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? (char) (c - 0x20) : c;
        }
        if (c >= 0x430 && c <= 0x44F) {
            return (char) (c - 0x20);
        }
        if (c >= 0x400 && c <= 0x42F) {
            return c;
        }
        return Character.toUpperCase(c);
    }

    static char toLowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
        }
        if (c >= 0x410 && c <= 0x42F) {
            return (char) (c + 0x20);
        }
        if (c >= 0x430 && c <= 0x45F) {
            return c;
        }
        return Character.toLowerCase(c);
    }
}
