package io.unireg.normalize.ua;

import java.util.Locale;

/**
 * Ukrainian → Latin by the official table of Cabinet of Ministers resolution No. 55 (27.01.2010),
 * the one passports use. Є Ї Й Ю Я are {@code ye yi y yu ya} at the start of a word and
 * {@code ie i i iu ia} elsewhere; {@code зг} is {@code zgh}; the soft sign and apostrophes inside
 * a word are dropped, and a letter after such an apostrophe is not word-initial (м’ясо → miaso).
 * A capital becomes a capitalised digraph ({@code Щ → Shch}) unless its whole word is in capitals
 * ({@code ЩУКА → SHCHUKA}). Letters outside the Ukrainian alphabet (ы, э, ё, Latin) and everything
 * that is not a letter pass through unchanged.
 */
public final class Translit {

    private static final String LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    private static final String[] MEDIAL = {
        "a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"};
    private static final int BASE = 0x0400;
    private static final int LIMIT = 0x0500;
    /** Indexed by a lower-case Cyrillic char minus {@link #BASE}: the medial form, or null. */
    private static final String[] TABLE = new String[LIMIT - BASE];

    static {
        for (int i = 0; i < LETTERS.length(); i++) {
            TABLE[LETTERS.charAt(i) - BASE] = MEDIAL[i];
        }
    }

    private Translit() {
    }

    public static String toLatin(String value) {
        int n = value.length();
        int first = 0;
        while (first < n && latin(Character.toLowerCase(value.charAt(first))) == null) {
            first++;
        }
        if (first == n) {
            return value;
        }
        StringBuilder out = new StringBuilder(n + 8);
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (!Apostrophes.isWordLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = Apostrophes.wordEnd(value, i);
            word(value, i, end, out);
            i = end;
        }
        return out.toString();
    }

    private static void word(String s, int start, int end, StringBuilder out) {
        boolean allCaps = isAllCaps(s, start, end);
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            char lower = Character.toLowerCase(c);
            String medial = latin(lower);
            if (medial == null) {
                if (!Apostrophes.isApostrophe(c)) {
                    out.append(c);
                }
                continue;
            }
            String latin = k == start ? initial(lower, medial)
                    : lower == 'г' && Character.toLowerCase(s.charAt(k - 1)) == 'з' ? "gh" : medial;
            if (c == lower || latin.isEmpty()) {
                out.append(latin);
            } else if (allCaps) {
                out.append(latin.toUpperCase(Locale.ROOT));
            } else {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            }
        }
    }

    private static String initial(char lower, String medial) {
        return switch (lower) {
            case 'є' -> "ye";
            case 'ї' -> "yi";
            case 'й' -> "y";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> medial;
        };
    }

    private static String latin(char lower) {
        return lower >= BASE && lower < LIMIT ? TABLE[lower - BASE] : null;
    }

    /** Two or more letters and none in lower case: "ЩУКА", "ПʼЯТ". A single capital is title case. */
    private static boolean isAllCaps(String s, int start, int end) {
        int letters = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (Apostrophes.isWordLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
