package io.unireg.normalize.ua;

import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.normalize.Spaces;

import java.util.Locale;

/**
 * The step behind {@code given_name_uk} and {@code patronymic_uk}: each part of the value (parts
 * are separated by spaces and hyphens, so "Анна-Мария" is two) that is a known Russian form becomes
 * the Ukrainian form, written in the case style of the part (НИКОЛАЙ → МИКОЛА, николай → микола,
 * otherwise the table's title case); ё is read as е. Ukrainian forms, initials and — unless {@code rejectUnknown}
 * — unknown parts are kept exactly as they are, and so are separators and surrounding spaces.
 */
record NameFormConverter(String rule, String what, NameForms forms, boolean rejectUnknown) implements Normaliser {

    @Override
    public Outcome apply(String value, RowContext row) {
        if (value == null) {
            return Outcome.missing();
        }
        StringBuilder out = null;
        int copied = 0;
        int n = value.length();
        int i = 0;
        while (i < n) {
            if (isSeparator(value.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSeparator(value.charAt(i))) {
                i++;
            }
            String part = value.substring(start, i);
            NameForms.Form form = forms.find(part);
            if (form == null && rejectUnknown && !isInitial(part)) {
                return Outcome.reject(rule, Spaces.quote(part) + " is not a known " + what
                        + " (a job can add it with extra: a CSV ru,uk)");
            }
            if (form == null || (form.ukrainian() && !hasYo(part))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 4);
            }
            out.append(value, copied, start).append(inStyleOf(part, form.uk()));
            copied = i;
        }
        return Outcome.ok(out == null ? value : out.append(value, copied, n).toString());
    }

    /** Ukrainian has no ё: "Семён" is the Russian spelling of Семен even though the key is the same. */
    private static boolean hasYo(String part) {
        return part.indexOf('ё') >= 0 || part.indexOf('Ё') >= 0;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || Spaces.isSpace(c);
    }

    /** "О." or "О": no name to look up. */
    private static boolean isInitial(String part) {
        return part.length() == 1 || (part.length() == 2 && part.charAt(1) == '.');
    }

    /** {@code form} in capitals or lower case when {@code typed} is, else as the table writes it. */
    static String inStyleOf(String typed, String form) {
        boolean upper = true;
        boolean lower = true;
        int letters = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Apostrophes.isWordLetter(c)) {
                letters++;
                upper &= !Character.isLowerCase(c);
                lower &= !Character.isUpperCase(c);
            }
        }
        if (letters >= 2 && upper) {
            return form.toUpperCase(Locale.ROOT);
        }
        return letters >= 1 && lower ? form.toLowerCase(Locale.ROOT) : form;
    }
}
