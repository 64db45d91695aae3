package io.unireg.profile;

import io.unireg.normalize.ua.Rnokpp;

/**
 * Everything the profiler learns from one non-empty (stripped) value, computed once per distinct
 * value: repeated values — most cells of a registry — then cost one hash lookup.
 *
 * @param datePattern the date pattern, or {@code null} when the value is not a date
 */
record CellShape(String pattern, String datePattern, int length, int flags) {

    static final int INTEGER = 1;
    static final int DECIMAL = 1 << 1;
    static final int DATE = 1 << 2;
    static final int LEADING_ZERO = 1 << 3;
    static final int LONG_DIGITS = 1 << 4;
    static final int TEN_DIGITS = 1 << 5;
    static final int VALID_RNOKPP = 1 << 6;
    static final int PHONE = 1 << 7;
    static final int MIXED_SCRIPT = 1 << 8;

    /** Longer digit runs are identifiers (RNOKPP, EDRPOU, phone), not quantities. */
    static final int IDENTIFIER_DIGITS = 9;

    static CellShape of(String v) {
        int flags = 0;
        String date = null;
        if (ValueShape.isInteger(v)) {
            flags |= INTEGER;
            flags |= ValueShape.hasLeadingZero(v) ? LEADING_ZERO : 0;
            flags |= v.length() > IDENTIFIER_DIGITS ? LONG_DIGITS : 0;
            if (ValueShape.isTenDigits(v)) {
                flags |= TEN_DIGITS | (Rnokpp.isValid(v) ? VALID_RNOKPP : 0);
            }
        } else if (ValueShape.isDecimal(v)) {
            flags |= DECIMAL;
        } else {
            date = DatePattern.of(v);
            flags |= date != null ? DATE : 0;
        }
        flags |= ValueShape.isPhone(v) ? PHONE : 0;
        flags |= ValueShape.hasMixedScriptWord(v) ? MIXED_SCRIPT : 0;
        return new CellShape(ValueShape.pattern(v), date, v.length(), flags);
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }
}
