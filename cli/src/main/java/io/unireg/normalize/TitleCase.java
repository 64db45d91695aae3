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
            if (!Character.isLetter(c)) {
                continue;
            }
            char wanted = startsWord(value, i) ? Character.toUpperCase(c) : Character.toLowerCase(c);
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
        if (Character.isLetterOrDigit(prev)) {
            return false;
        }
        if (INSIDE_WORD.indexOf(prev) >= 0) {
            int j = i - 1;
            while (j > 0 && INSIDE_WORD.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
            return j == 0 || !Character.isLetter(s.charAt(j - 1));
        }
        if (prev == '-' && i >= 2 && Character.isDigit(s.charAt(i - 2))) {
            return false;
        }
        return true;
    }
}
