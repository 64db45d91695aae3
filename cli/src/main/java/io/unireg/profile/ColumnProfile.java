package io.unireg.profile;

import java.util.List;
import java.util.Map;

/**
 * What one column holds.
 *
 * @param type           {@code integer}, {@code number}, {@code date}, {@code text} or {@code empty}: the
 *                       narrowest type every non-empty value fits; digits with a leading zero or more
 *                       than 9 digits are identifiers, so text
 * @param kinds          non-empty values per kind: integer, number, date, text
 * @param empty          cells that are empty or only spaces
 * @param distinct       distinct non-empty values, exact unless {@code distinctCapped}
 * @param distinctCapped the count stopped at {@link Profiler#DISTINCT_LIMIT}; {@code top} is then approximate
 * @param datePatterns   the date patterns seen, most frequent first
 * @param mixedScript    values with a word mixing Cyrillic and Latin letters
 * @param hints          what the column looks like (RNOKPP, date, phone, leading zeros)
 */
public record ColumnProfile(
    int index,
    String name,
    String type,
    Map<String, Long> kinds,
    long values,
    long empty,
    double emptyShare,
    long distinct,
    boolean distinctCapped,
    int minLength,
    int maxLength,
    List<ValueCount> top,
    List<ValueCount> patterns,
    List<ValueCount> datePatterns,
    long mixedScript,
    List<String> hints) {

    /** {@code "812"}, or {@code "≥100000"} when the count was capped. */
    public String distinctLabel() {
        return distinctCapped ? "≥" + distinct : String.valueOf(distinct);
    }
}
