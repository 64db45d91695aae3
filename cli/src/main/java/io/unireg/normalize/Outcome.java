package io.unireg.normalize;

/**
 * The result of one normalising step: a value (possibly {@code null} = missing) or a rejection
 * naming the rule that refused it. Rejections are values so a chain can stop without exceptions.
 */
public record Outcome(String value, String rule, String message) {

    private static final Outcome MISSING = new Outcome(null, null, null);

    public static Outcome ok(String value) {
        return value == null ? MISSING : new Outcome(value, null, null);
    }

    public static Outcome missing() {
        return MISSING;
    }

    public static Outcome reject(String rule, String message) {
        return new Outcome(null, rule, message);
    }

    public boolean rejected() {
        return rule != null;
    }
}
