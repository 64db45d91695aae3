package io.unireg.normalize.ua;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Street types: every Ukrainian and Russian spelling and abbreviation clerks use, mapped to the
 * canonical Ukrainian abbreviation (table in domain-ua.md). {@code пр.} is ambiguous — проспект
 * or проїзд — and is answered as {@link #AMBIGUOUS_PR} for the caller to resolve.
 */
public final class StreetTypes {

    /** The canonical spelling {@code пр.} resolves to when nothing tells проспект from проїзд. */
    public static final String AMBIGUOUS_PR = "пр.";
    public static final String PROSPECT = "просп.";
    public static final String PROYIZD = "проїзд";

    private static final Map<String, String> CANONICAL = table();
    private static final List<String> HYPHENATED = CANONICAL.keySet().stream()
            .filter(k -> k.contains("-")).sorted(java.util.Comparator.comparing(String::length).reversed()).toList();

    private StreetTypes() {
    }

    private static Map<String, String> table() {
        Map<String, List<String>> spellings = new java.util.LinkedHashMap<>();
        spellings.put("вул.", List.of("вул", "вулиця", "ул", "улица", "вулиці"));
        spellings.put(PROSPECT, List.of("просп", "проспект", "пр-т", "пр-кт", "прсп", "пр-т"));
        spellings.put("пров.", List.of("пров", "провулок", "пер", "переулок", "пров-к"));
        spellings.put("пл.", List.of("пл", "площа", "площадь"));
        spellings.put("бульв.", List.of("бульв", "бульвар", "бул", "б-р", "б-в"));
        spellings.put("узв.", List.of("узв", "узвіз", "сп", "спуск", "узвоз"));
        spellings.put("туп.", List.of("туп", "тупик"));
        spellings.put("майд.", List.of("майд", "майдан", "м-н"));
        spellings.put("ш.", List.of("ш", "шосе", "шоссе"));
        spellings.put("наб.", List.of("наб", "набережна", "набережная"));
        spellings.put("мкр.", List.of("мкр", "мікрорайон", "микрорайон", "мкрн", "мкр-н"));
        spellings.put("алея", List.of("алея", "аллея", "ал"));
        spellings.put(PROYIZD, List.of("проїзд", "проезд", "пр-д", "пр-зд"));
        spellings.put(AMBIGUOUS_PR, List.of("пр"));
        Map<String, String> out = new HashMap<>();
        spellings.forEach((canonical, forms) -> forms.forEach(form -> {
            String before = out.put(form, canonical);
            if (before != null && !before.equals(canonical)) {
                throw new IllegalStateException("street type " + form + " means " + before + " and " + canonical);
            }
        }));
        return Map.copyOf(out);
    }

    /** The canonical abbreviation of one type word ("ул.", "Проспект", "б-р"), or null when it is none. */
    public static String canonical(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return CANONICAL.get(key);
    }

    /** "пр-тИндустриальный": a hyphenated abbreviation typed without a space before a capitalised name. */
    private static Split gluedHyphenated(String s) {
        for (String spelling : HYPHENATED) {
            int n = spelling.length();
            if (s.length() > n && s.regionMatches(true, 0, spelling, 0, n) && (Character.isUpperCase(s.charAt(n)) || Character.isDigit(s.charAt(n)))) {
                return new Split(CANONICAL.get(spelling), s.substring(n).strip());
            }
        }
        return null;
    }

    /** A street written with its type before ("ул.Сумская", "вул. Сумська") or after ("Сумская ул.") the name. */
    public record Split(String type, String name) {
    }

    /** The type and name of a street, or null when the text holds no type word at either end. */
    public static Split split(String text) {
        String s = text.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '.') {
            end++;
        }
        String first = s.substring(0, Math.min(s.length(), end < s.length() && s.charAt(end) == '.' ? end + 1 : end));
        String type = canonical(first);
        if (type != null) {
            return new Split(type, s.substring(first.length()).strip());
        }
        Split glued = gluedHyphenated(s);
        if (glued != null) {
            return glued;
        }
        int lastSpace = s.lastIndexOf(' ');
        if (lastSpace > 0) {
            type = canonical(s.substring(lastSpace + 1));
            if (type != null) {
                return new Split(type, s.substring(0, lastSpace).strip());
            }
        }
        return null;
    }
}
