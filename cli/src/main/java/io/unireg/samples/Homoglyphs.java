package io.unireg.samples;

import java.util.Map;
import java.util.SplittableRandom;

/** Cyrillic letters and the Latin letters that look the same, as a keyboard layout slip produces them. */
final class Homoglyphs {

    static final Map<Character, Character> CYRILLIC_TO_LATIN = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('у', 'y'),
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'),
            Map.entry('М', 'M'), Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'),
            Map.entry('С', 'C'), Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('І', 'I'));

    private Homoglyphs() {
    }

    static boolean hasCandidate(String s) {
        return s.chars().anyMatch(c -> CYRILLIC_TO_LATIN.containsKey((char) c));
    }

    /** Replaces one or two look-alike letters (chosen at random) with their Latin twins. */
    static String swap(String s, SplittableRandom rnd) {
        char[] chars = s.toCharArray();
        int candidates = 0;
        for (char c : chars) {
            if (CYRILLIC_TO_LATIN.containsKey(c)) {
                candidates++;
            }
        }
        int swaps = Math.min(candidates, 1 + rnd.nextInt(2));
        for (int done = 0; done < swaps; ) {
            int i = rnd.nextInt(chars.length);
            Character latin = CYRILLIC_TO_LATIN.get(chars[i]);
            if (latin != null) {
                chars[i] = latin;
                done++;
            }
        }
        return new String(chars);
    }

    /** Every look-alike letter replaced: how a booklet series typed on a Latin layout looks ({@code MK}). */
    static String allLatin(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(CYRILLIC_TO_LATIN.getOrDefault(c, c));
        }
        return sb.toString();
    }
}
