package io.unireg.normalize.ua;

/**
 * The rule of {@code io.unireg.schema.Mask#identifier}, for rejection messages of the identifier functions:
 * {@code normalize} may not import {@code schema} (schema builds on normalize.ua), so the rule is repeated
 * here and {@code MaskingTest} keeps the two equal. Moving {@code Mask} below both would end the repetition.
 */
final class Masking {

    private static final String STARS = "***";

    private Masking() {
    }

    /** {@code 3112345678} → {@code 31***45678}; 6–9 characters keep 2 and 2; shorter ones are hidden. */
    static String identifier(String value) {
        if (value == null) {
            return "";
        }
        int n = value.length();
        if (n >= 10) {
            return value.substring(0, 2) + STARS + value.substring(n - 5);
        }
        if (n >= 6) {
            return value.substring(0, 2) + STARS + value.substring(n - 2);
        }
        return STARS;
    }
}
