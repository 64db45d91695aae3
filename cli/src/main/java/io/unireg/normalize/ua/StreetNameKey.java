package io.unireg.normalize.ua;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The key street and settlement names are matched by: case, apostrophes (' ’ ʼ ` ´), е/є/ё/э,
 * і/ї, hyphens and repeated spaces do not count, so "вул. Юр’єва" and "Юрьева"-like typing
 * variants of one spelling meet. Russian and Ukrainian spellings of a name differ in more than
 * that ("Пушкинская" / "Пушкінська"): tables list both.
 */
public final class StreetNameKey {

    private StreetNameKey() {
    }

    /**
     * Lookups key the same few thousand street and settlement names row after row: the keys of recent
     * names are kept per thread (bounded: cleared when full), so each distinct name is keyed once.
     */
    private static final int MAX_CACHED = 10_000;
    private static final ThreadLocal<Map<String, String>> CACHED = ThreadLocal.withInitial(HashMap::new);

    /** {@link #of}, remembered per thread: for lookups, which meet the same names again and again. */
    static String cached(String name) {
        Map<String, String> keys = CACHED.get();
        String key = keys.get(name);
        if (key == null) {
            if (keys.size() >= MAX_CACHED) {
                keys.clear();
            }
            key = of(name);
            keys.put(name, key);
        }
        return key;
    }

    public static String of(String name) {
        // Lowering char by char is what String.toLowerCase(ROOT) does, without the intermediate string,
        // except for İ, Σ and surrogate pairs (lowered by context or into two chars): those take the long way.
        // Lowering is idempotent, so the loop below may lower an already lowered text again.
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return fold(name.toLowerCase(Locale.ROOT));
            }
        }
        return fold(name);
    }

    private static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
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
