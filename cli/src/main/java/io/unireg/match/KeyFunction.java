package io.unireg.match;

import io.unireg.normalize.ua.NameKey;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Blocking key functions by the name a rule uses. Each maps a normalised value to a key, or to
 * {@code null} when the value gives none (a record with a missing key is in no group of that rule).
 */
public enum KeyFunction {
    /** Ukrainian/Russian name key ({@link NameKey}): Николай and Микола block together. */
    NAME_KEY("name_key", false) {
        @Override
        public String apply(String value, int argument) {
            String k = NameKey.of(value);
            return k.isEmpty() ? null : k;
        }
    },
    /** The year of an ISO ({@code yyyy-MM-dd}) or compact ({@code yyyyMMdd}) date. */
    YEAR("year", false) {
        @Override
        public String apply(String value, int argument) {
            return value.length() >= 4 && Character.isDigit(value.charAt(0)) ? value.substring(0, 4) : null;
        }
    },
    LOWER("lower", false) {
        @Override
        public String apply(String value, int argument) {
            return value.toLowerCase(Locale.ROOT);
        }
    },
    /** The first {@code n} characters (lower case). */
    FIRST("first", true) {
        @Override
        public String apply(String value, int argument) {
            String lower = value.toLowerCase(Locale.ROOT);
            return lower.length() <= argument ? lower : lower.substring(0, argument);
        }
    },
    /** American Soundex of the first word (Latin letters only; other text passes through lower-cased). */
    SOUNDEX("soundex", false) {
        @Override
        public String apply(String value, int argument) {
            return Soundex.of(value);
        }
    };

    private final String jobName;
    private final boolean takesNumber;

    KeyFunction(String jobName, boolean takesNumber) {
        this.jobName = jobName;
        this.takesNumber = takesNumber;
    }

    public abstract String apply(String value, int argument);

    public String jobName() {
        return jobName;
    }

    public boolean takesNumber() {
        return takesNumber;
    }

    private static final Map<String, KeyFunction> BY_NAME = new TreeMap<>();

    static {
        for (KeyFunction f : values()) {
            BY_NAME.put(f.jobName, f);
        }
    }

    public static Map<String, KeyFunction> byName() {
        return BY_NAME;
    }

    /** The key of {@code expression} for a record, or {@code null} when the value is missing or gives none. */
    public static String key(FieldExpression expression, String[] values) {
        String v = values[expression.fieldIndex()];
        if (v == null || v.isEmpty()) {
            return null;
        }
        return expression.function() == null ? v : BY_NAME.get(expression.function()).apply(v, expression.argument());
    }
}
