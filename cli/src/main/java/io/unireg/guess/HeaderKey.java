package io.unireg.guess;

import io.unireg.normalize.ua.HomoglyphFixer;

import java.util.Locale;

/**
 * The form in which headers are compared: lower case; Latin look-alikes inside a Cyrillic word made
 * Cyrillic (ПIБ with a Latin I is ПІБ); ё as е; and everything but letters, digits and № dropped, so
 * spaces, underscores, dots, hyphens, slashes and every apostrophe look-alike do not matter
 * ({@code ДАТА_НАР}, {@code Дата нар.} and {@code дата-нар} are one key; {@code ІМ'Я} is {@code імя}).
 */
final class HeaderKey {

    private HeaderKey() {
    }

    static String of(String header) {
        String text = HomoglyphFixer.towardsCyrillic(header.strip()).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ё') {
                out.append('е');
            } else if (Character.isLetterOrDigit(c) && c != '\u02BC' && c != '\u02B9' && c != '\u02BB' || c == '№') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
