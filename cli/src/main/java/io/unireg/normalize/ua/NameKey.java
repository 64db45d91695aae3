package io.unireg.normalize.ua;

import java.util.Locale;

/**
 * A match key for personal names: equal for the Russian and Ukrainian spellings of one name, for
 * Latin look-alike letters, for case, apostrophes and the common vowel slips. Not for display.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>Latin look-alikes in a word that has a Cyrillic letter become Cyrillic (Mикола → Микола);</li>
 *   <li>the value is cut into words at everything that is not a letter or an apostrophe between
 *       letters (spaces, hyphens, dots, digits): "Левицька-Коваль" and "Левицька Коваль" agree;</li>
 *   <li>a word that is a Russian given name or patronymic in the built-in table becomes its
 *       Ukrainian form (Николай → Микола, Сергеевна → Сергіївна);</li>
 *   <li>lower case, then folding: є е э ё → е; и і ї ы й → і; ґ → г; ьо → е (the Ukrainian
 *       spelling of Russian ё: Ковальов, Ковалёв, Ковалев); ь ъ and apostrophes dropped;</li>
 *   <li>a run of one letter becomes one letter (Сергіївна → сергівна, Савва → сава);</li>
 *   <li>words joined by one space; no words → empty.</li>
 * </ol>
 * So Николай, Микола, МИКОЛА and Mикола all give "мікола"; Гордиенко and Гордієнко give
 * "гордіенко"; Васильев and Васильєв give "васілев"; Сергеевич gives "сергіовіч".
 */
public final class NameKey {

    private static final int BASE = 0x0400;
    private static final int LIMIT = 0x0500;
    /** Lower-case Cyrillic char minus BASE → folded char; 0 drops it. */
    private static final char[] FOLD = new char[LIMIT - BASE];

    static {
        for (int c = BASE; c < LIMIT; c++) {
            FOLD[c - BASE] = (char) c;
        }
        fold("еєэё", 'е');
        fold("иіїый", 'і');
        fold("ґ", 'г');
        fold("ьъ", (char) 0);
    }

    private NameKey() {
    }

    private static void fold(String from, char to) {
        for (char c : from.toCharArray()) {
            FOLD[c - BASE] = to;
        }
    }

    public static String of(String value) {
        String fixed = HomoglyphFixer.towardsCyrillic(value);
        StringBuilder out = new StringBuilder(fixed.length());
        int n = fixed.length();
        int i = 0;
        while (i < n) {
            if (!Apostrophes.isWordLetter(fixed.charAt(i))) {
                i++;
                continue;
            }
            int end = Apostrophes.wordEnd(fixed, i);
            String word = ukrainian(fixed.substring(i, end));
            if (out.length() > 0) {
                out.append(' ');
            }
            append(word.toLowerCase(Locale.ROOT), out);
            i = end;
        }
        return out.toString();
    }

    private static String ukrainian(String word) {
        NameForms.Form form = NameForms.givenNames().find(word);
        if (form == null) {
            form = NameForms.patronymics().find(word);
        }
        return form == null || form.ukrainian() ? word : form.uk();
    }

    private static void append(String lower, StringBuilder out) {
        int wordStart = out.length();
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (Apostrophes.isApostrophe(c)) {
                continue;
            }
            if (c == 'ь' && k + 1 < lower.length() && lower.charAt(k + 1) == 'о') {
                c = 'е';
                k++;
            }
            char folded = c >= BASE && c < LIMIT ? FOLD[c - BASE] : c;
            if (folded == 0 || (out.length() > wordStart && out.charAt(out.length() - 1) == folded)) {
                continue;
            }
            out.append(folded);
        }
    }
}
