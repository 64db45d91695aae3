package io.unireg.schema;

import io.unireg.normalize.ua.Masking;

/** Hides most of an identifier so messages, logs and reports can refer to it without disclosing it. */
public final class Mask {

    private Mask() {
    }

    /** See {@link Masking#identifier}: the rule lives with the identifier functions. */
    public static String identifier(String value) {
        return Masking.identifier(value);
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
