package io.unireg.reconcile;

import io.unireg.normalize.ua.Apostrophes;
import io.unireg.normalize.ua.HomoglyphFixer;

/**
 * One compared field whose normalised local and state values differ.
 *
 * @param formatting the two differ only in case, spaces, punctuation, apostrophes or Latin look-alike
 *                   letters (the same value written differently), not in the value itself
 */
public record FieldDifference(int field, String local, String state, boolean formatting) {

    public static FieldDifference of(int field, String local, String state) {
        return new FieldDifference(field, local, state, formattingKey(local).equals(formattingKey(state)));
    }

    /** {@code formatting} or {@code value}: the {@code difference} column of the update files. */
    public String kind() {
        return formatting ? "formatting" : "value";
    }

    /** Letters and digits only, lower case, Latin look-alikes inside Cyrillic words made Cyrillic. */
    static String formattingKey(String value) {
        String fixed = HomoglyphFixer.towardsCyrillic(value);
        StringBuilder out = new StringBuilder(fixed.length());
        for (int i = 0; i < fixed.length(); ) {
            int cp = fixed.codePointAt(i);
            // ʼ (U+02BC) is a letter to Java, an apostrophe to Ukrainian spelling
            if (Character.isLetterOrDigit(cp) && !(cp < 0x10000 && Apostrophes.isApostrophe((char) cp))) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
