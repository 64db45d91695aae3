package io.unireg.normalize.ua;

import java.util.Locale;

/**
 * The key street and settlement names are matched by: case, apostrophes (' ’ ʼ ` ´), е/є/ё/э,
 * і/ї, hyphens and repeated spaces do not count, so "вул. Юр’єва" and "Юрьева"-like typing
 * variants of one spelling meet. Russian and Ukrainian spellings of a name differ in more than
 * that ("Пушкинская" / "Пушкінська"): tables list both.
 */
public final class StreetNameKey {

    private StreetNameKey() {
    }

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case '\'', '’', 'ʼ', '`', '´', '‘', '"' -> {
                    continue;
                }
                case 'є', 'ё', 'э' -> c = 'е';
                case 'ї' -> c = 'і';
                case '-', '\u00A0', '\t' -> c = ' ';
                default -> {
                }
            }
            if (c == ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
