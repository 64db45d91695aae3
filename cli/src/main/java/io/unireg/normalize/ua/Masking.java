package io.unireg.normalize.ua;

/**
 * Hides most of an identifier so messages, logs and reports can refer to it without disclosing it.
 * The one place the rule lives: the identifier functions use it here, {@code io.unireg.schema.Mask}
 * passes through to it (schema builds on normalize.ua, not the other way round).
 */
public final class Masking {

    private static final String STARS = "***";

    private Masking() {
    }

    /**
     * {@code 3112345678} → {@code 31***45678}: long values keep the first 2 and last 5 characters (enough
     * for a clerk to find the row, too few to rebuild the number); 6–9 characters keep 2 and 2; shorter
     * ones are hidden completely. The number of stars is fixed so the length is not disclosed.
     */
    public static String identifier(String value) {
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
