package io.unireg.guess;

import java.util.Locale;
import java.util.Map;

/**
 * The ways exports write sex (Ukrainian, Russian, Latin; full, abbreviated, one letter), read after
 * trimming and lower-casing. Only the values a file actually holds go into the proposed map table.
 * Digits (1/2) are left out: exports disagree on which is which.
 */
final class SexWords {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("чоловіча", "M"), Map.entry("чоловічий", "M"), Map.entry("чоловік", "M"),
            Map.entry("чол.", "M"), Map.entry("чол", "M"), Map.entry("ч", "M"), Map.entry("ч.", "M"),
            Map.entry("м", "M"), Map.entry("м.", "M"), Map.entry("муж.", "M"), Map.entry("муж", "M"),
            Map.entry("мужской", "M"), Map.entry("мужчина", "M"), Map.entry("male", "M"), Map.entry("m", "M"),
            Map.entry("man", "M"),
            Map.entry("жіноча", "F"), Map.entry("жіночий", "F"), Map.entry("жінка", "F"),
            Map.entry("жін.", "F"), Map.entry("жін", "F"), Map.entry("ж", "F"), Map.entry("ж.", "F"),
            Map.entry("жен.", "F"), Map.entry("жен", "F"), Map.entry("женский", "F"), Map.entry("женщина", "F"),
            Map.entry("female", "F"), Map.entry("f", "F"), Map.entry("woman", "F"), Map.entry("w", "F"));

    private SexWords() {
    }

    /** The key a value is looked up by: trimmed, lower case. */
    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** M, F, or {@code null} when the value is not a known spelling. */
    static String code(String value) {
        return CODES.get(key(value));
    }
}
