package io.unireg.sink;

import io.unireg.job.JobError;
import io.unireg.job.OutputSpec;
import io.unireg.job.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps spreadsheet programs from running a value as a formula (CSV/formula injection, OWASP).
 * A value is risky when it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return — except a plain signed number ({@code -12.5}, {@code +380501234567}), which Excel reads as a
 * number, never as a formula.
 *
 * <ul>
 * <li>CSV: a risky value is written with a leading apostrophe ({@code '=1+1}); Excel shows it as
 *     text. This changes the value, so outputs read by programs can turn it off ({@code formula_guard: false}).</li>
 * <li>XLSX: every text is a text cell, which Excel never evaluates on opening; a risky one also gets
 *     the "quote prefix" cell flag so editing it keeps it text. The value itself is not changed.</li>
 * </ul>
 */
public final class FormulaGuard {

    /** The output key that turns the guard off or on (default on). */
    public static final String KEY = "formula_guard";

    private FormulaGuard() {
    }

    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        return (c == '+' || c == '-') && !plainNumber(value);
    }

    /** {@code value} as a CSV cell must hold it: with a leading apostrophe when risky. */
    public static String forCsv(String value) {
        return risky(value) ? "'" + value : value;
    }

    /** A sign, digits, and at most one decimal point followed by digits. */
    private static boolean plainNumber(String v) {
        int n = v.length();
        int i = 1;
        int digits = 0;
        while (i < n && Character.isDigit(v.charAt(i)) && v.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && v.charAt(i) == '.' && digits > 0) {
            i++;
            int fraction = 0;
            while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                i++;
                fraction++;
            }
            return i == n && fraction > 0;
        }
        return i == n && digits > 0;
    }

    /** The output's {@code formula_guard} (default {@code true}). */
    public static boolean enabled(OutputSpec spec) {
        YamlNode node = spec.options().get(KEY);
        return !(node instanceof YamlNode.Scalar s) || !"false".equals(s.text());
    }

    static List<JobError> validate(OutputSpec spec) {
        List<JobError> errors = new ArrayList<>();
        YamlNode node = spec.options().get(KEY);
        if (node != null && (!(node instanceof YamlNode.Scalar s) || !Set.of("true", "false").contains(String.valueOf(s.text())))) {
            errors.add(new JobError(node.location(), KEY + " must be true or false"));
        }
        return errors;
    }
}
