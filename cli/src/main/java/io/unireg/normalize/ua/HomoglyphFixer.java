package io.unireg.normalize.ua;

/**
 * Repairs words that mix Latin and Cyrillic look-alike letters ("Mикола" with a Latin M,
 * "Кoваленкo" with Latin o). Each word is judged on its own — a word is a run of letters, an
 * apostrophe between letters included; spaces, hyphens, digits and punctuation separate words and
 * are never changed.
 *
 * <p>A word with letters of both scripts is turned into the one script it can be written in
 * entirely: a Cyrillic letter with no Latin twin (л, ж, ї …) makes it Cyrillic, a Latin letter
 * with no Cyrillic twin (L, n, s …) makes it Latin. When every letter has a twin, the majority
 * script wins; an even split takes the script of the value's other, single-script words, else the
 * caller's {@link Preference}, else it is refused. When neither script can hold all its letters
 * ("Пeтrов"), the word is refused. Refusals name the word by its position.
 */
public final class HomoglyphFixer {

    /**
     * The outcome: {@code value} repaired (the same instance when nothing needed repair), or,
     * when {@code badWord > 0}, the 1-based position of the first word that cannot be repaired.
     */
    public record Repair(String value, int badWord, String word, String reason) {

        public boolean repaired() {
            return badWord == 0;
        }

        /** One line for a reject: "word 2 'Пeтrов' mixes …". */
        public String message() {
            return "word " + badWord + " '" + word + "' " + reason;
        }
    }

    private enum Target { KEEP, CYRILLIC, LATIN }

    private HomoglyphFixer() {
    }

    /** Which script an even mix of look-alikes is given when the rest of the value does not say. */
    public enum Preference { NONE, CYRILLIC, LATIN }

    public static Repair fix(String value) {
        return fix(value, Preference.NONE);
    }

    public static Repair fix(String value, Preference preference) {
        if (!hasLatinLetter(value)) {
            return new Repair(value, 0, null, null); // no word can mix scripts: the common case, told in one pass
        }
        char[] out = null;
        int n = value.length();
        int position = 0;
        int i = 0;
        while (i < n) {
            if (!Apostrophes.isWordLetter(value.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = Apostrophes.wordEnd(value, start);
            position++;
            i = end;
            int cyrillic = 0;
            int latin = 0;
            int cyrillicOnly = 0;
            int latinOnly = 0;
            for (int k = start; k < end; k++) {
                char c = value.charAt(k);
                if (Homoglyphs.isCyrillic(c)) {
                    cyrillic++;
                    cyrillicOnly += Homoglyphs.toLatin(c) == 0 ? 1 : 0;
                } else if (Homoglyphs.isLatin(c)) {
                    latin++;
                    latinOnly += Homoglyphs.toCyrillic(c) == 0 ? 1 : 0;
                }
            }
            if (cyrillic == 0 || latin == 0) {
                continue;
            }
            Target target = target(cyrillic, latin, cyrillicOnly, latinOnly);
            if (target == Target.KEEP && cyrillicOnly == 0 && latinOnly == 0) {
                target = tieBreak(value, preference);
            }
            if (target == Target.KEEP) {
                String reason = cyrillicOnly > 0 && latinOnly > 0
                        ? "mixes Latin and Cyrillic letters that have no look-alike in the other script"
                        : "has as many Latin as Cyrillic look-alike letters: cannot tell which script is meant";
                return new Repair(null, position, value.substring(start, end), reason);
            }
            if (out == null) {
                out = value.toCharArray();
            }
            for (int k = start; k < end; k++) {
                char c = out[k];
                char twin = target == Target.CYRILLIC ? Homoglyphs.toCyrillic(c) : Homoglyphs.toLatin(c);
                if (twin != 0) {
                    out[k] = twin;
                }
            }
        }
        return new Repair(out == null ? value : new String(out), 0, null, null);
    }

    /**
     * Every Latin look-alike made Cyrillic in each word that has at least one Cyrillic letter,
     * whatever the majority: for match keys of Cyrillic names, where a best guess beats a refusal.
     */
    public static String towardsCyrillic(String value) {
        if (!hasLatinLetter(value)) {
            return value;
        }
        char[] out = null;
        int n = value.length();
        int i = 0;
        while (i < n) {
            if (!Apostrophes.isWordLetter(value.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = Apostrophes.wordEnd(value, start);
            i = end;
            boolean hasCyrillic = false;
            boolean hasTwin = false;
            for (int k = start; k < end; k++) {
                char c = value.charAt(k);
                hasCyrillic |= Homoglyphs.isCyrillic(c);
                hasTwin |= Homoglyphs.toCyrillic(c) != 0;
            }
            if (!hasCyrillic || !hasTwin) {
                continue;
            }
            if (out == null) {
                out = value.toCharArray();
            }
            for (int k = start; k < end; k++) {
                char twin = Homoglyphs.toCyrillic(out[k]);
                if (twin != 0) {
                    out[k] = twin;
                }
            }
        }
        return out == null ? value : new String(out);
    }

    /** Whether any char is a Latin letter: without one, every word is single-script. */
    private static boolean hasLatinLetter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Homoglyphs.isLatin(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An even mix such as "Bіpа" takes the script of the value's single-script words ("Bіpа
     * Петрівна" is Cyrillic), else the job's preference.
     */
    private static Target tieBreak(String value, Preference preference) {
        int cyrillicWords = 0;
        int latinWords = 0;
        int n = value.length();
        int i = 0;
        while (i < n) {
            if (!Apostrophes.isWordLetter(value.charAt(i))) {
                i++;
                continue;
            }
            int end = Apostrophes.wordEnd(value, i);
            boolean hasCyrillic = false;
            boolean hasLatin = false;
            for (int k = i; k < end; k++) {
                hasCyrillic |= Homoglyphs.isCyrillic(value.charAt(k));
                hasLatin |= Homoglyphs.isLatin(value.charAt(k));
            }
            cyrillicWords += hasCyrillic && !hasLatin ? 1 : 0;
            latinWords += hasLatin && !hasCyrillic ? 1 : 0;
            i = end;
        }
        if (cyrillicWords != latinWords) {
            return cyrillicWords > latinWords ? Target.CYRILLIC : Target.LATIN;
        }
        return switch (preference) {
            case CYRILLIC -> Target.CYRILLIC;
            case LATIN -> Target.LATIN;
            case NONE -> Target.KEEP;
        };
    }

    private static Target target(int cyrillic, int latin, int cyrillicOnly, int latinOnly) {
        boolean canCyrillic = latinOnly == 0;
        boolean canLatin = cyrillicOnly == 0;
        if (canCyrillic && canLatin) {
            return cyrillic > latin ? Target.CYRILLIC : latin > cyrillic ? Target.LATIN : Target.KEEP;
        }
        return canCyrillic ? Target.CYRILLIC : canLatin ? Target.LATIN : Target.KEEP;
    }
}
