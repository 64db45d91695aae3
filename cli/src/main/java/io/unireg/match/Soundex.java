package io.unireg.match;

import java.util.Locale;

/** American Soundex (letter + 3 digits) of the first word, for blocking English names. */
final class Soundex {

    //                                       abcdefghijklmnopqrstuvwxyz
    private static final String CODES = "01230120022455012623010202";

    private Soundex() {
    }

    static String of(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < lower.length() && out.length() < 4; i++) {
            char c = lower.charAt(i);
            if (c < 'a' || c > 'z') {
                if (c == ' ' && out.length() > 0) {
                    break;
                }
                continue;
            }
            char code = CODES.charAt(c - 'a');
            if (out.length() == 0) {
                out.append(Character.toUpperCase(c));
                last = code;
            } else {
                if (code != '0' && code != last) {
                    out.append(code);
                }
                if (c != 'h' && c != 'w') {
                    last = code;
                }
            }
        }
        if (out.length() == 0) {
            return lower.isBlank() ? null : lower;
        }
        while (out.length() < 4) {
            out.append('0');
        }
        return out.toString();
    }
}
