package io.unireg.match;

import java.util.Locale;

/**
 * One rung of a field's comparison, tried in the order the job lists them; the first that holds
 * decides the pair's level for that field. Before them all comes the implicit {@code null} level
 * (either side empty: weight 0) and after them the implicit {@code else} level ("different").
 * Plain data: how a level is computed lives in the executor, so another executor can run the same model.
 */
public sealed interface ComparisonLevel {

    /** The level as written in the job file (and shown in review files and explanations). */
    String label();

    /** Equal strings. */
    record Exact() implements ComparisonLevel {
        public String label() {
            return "exact";
        }
    }

    /** Jaro–Winkler similarity (prefix scale 0.1) at least {@code threshold}. */
    record JaroWinkler(double threshold) implements ComparisonLevel {
        public String label() {
            return "jaro_winkler >= " + num(threshold);
        }
    }

    /** Edit distance (insert, delete, substitute) at most {@code maxEdits}. */
    record Levenshtein(int maxEdits) implements ComparisonLevel {
        public String label() {
            return "levenshtein <= " + maxEdits;
        }
    }

    /** Same name key: Russian and Ukrainian forms, Latin look-alikes, case and vowel slips agree (Николай = Микола). */
    record NameEquivalent() implements ComparisonLevel {
        public String label() {
            return "name_equivalent";
        }
    }

    /** Dates (ISO {@code yyyy-MM-dd} or {@code yyyyMMdd}) at most {@code days} apart. */
    record DateWithin(int days) implements ComparisonLevel {
        public String label() {
            return "within " + days + " days";
        }
    }

    /** Dates equal once day and month of one side are swapped (03.04 vs 04.03). */
    record DayMonthSwapped() implements ComparisonLevel {
        public String label() {
            return "day_month_swapped";
        }
    }

    /** Dates in the same year. */
    record SameYear() implements ComparisonLevel {
        public String label() {
            return "same_year";
        }
    }

    /** Numbers at most {@code tolerance} apart (absolute). */
    record NumericWithin(double tolerance) implements ComparisonLevel {
        public String label() {
            return "numeric within " + num(tolerance);
        }
    }

    /**
     * The two fields written in each other's places ("Isla Hall" / "Hall Isla"): this field of one record
     * equals {@code otherField} of the other, and the reverse pair is equal too, similar (a typo:
     * Jaro–Winkler at least 0.8) or missing. One coincidence alone ("Isaac James" / "James Dixon") does not count.
     * List it after the levels that compare the field with itself.
     */
    record Crosswise(String otherField, int otherFieldIndex) implements ComparisonLevel {
        public String label() {
            return "crosswise " + otherField;
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
