package io.unireg.schema;

/** Hides most of an identifier so messages, logs and reports can refer to it without disclosing it. */
public final class Mask {

    private static final String STARS = "***";

    private Mask() {
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

    /**
     * A non-identifier value quoted for a one-line message: control characters shown as spaces and long
     * values cut, so a stray multi-line cell cannot break the message.
     */
    public static String quoted(String value) {
        int limit = 40;
        StringBuilder sb = new StringBuilder(Math.min(value.length(), limit) + 3).append('\'');
        for (int i = 0; i < value.length() && i < limit; i++) {
            char c = value.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (value.length() > limit) {
            sb.append('…');
        }
        return sb.append('\'').toString();
    }
}
