package io.unireg.profile;

import io.unireg.normalize.ua.Rnokpp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Accumulates one column's figures, value by value, in bounded memory. */
final class ColumnStats {

    private static final int PATTERN_LIMIT = 10_000;
    private static final double HINT_SHARE = 0.8;
    /** Longer digit runs are identifiers (RNOKPP, EDRPOU, phone), not quantities. */
    private static final int IDENTIFIER_DIGITS = 9;

    private final int index;
    private final String name;
    private final int distinctLimit;
    private final Map<String, long[]> valueCounts = new HashMap<>();
    private final Map<String, long[]> patternCounts = new HashMap<>();
    private final Map<String, long[]> dateCounts = new HashMap<>();
    private boolean distinctCapped;
    private long values;
    private long empty;
    private long integers;
    private long decimals;
    private long dates;
    private long leadingZeros;
    private long longDigits;
    private long tenDigits;
    private long validRnokpp;
    private long phones;
    private long mixedScript;
    private long otherPatterns;
    private int minLength = Integer.MAX_VALUE;
    private int maxLength;

    ColumnStats(int index, String name, int distinctLimit) {
        this.index = index;
        this.name = name;
        this.distinctLimit = distinctLimit;
    }

    void add(String raw) {
        values++;
        String v = raw.strip();
        if (v.isEmpty()) {
            empty++;
            return;
        }
        minLength = Math.min(minLength, v.length());
        maxLength = Math.max(maxLength, v.length());
        countValue(raw);
        String pattern = ValueShape.pattern(v);
        if (patternCounts.size() < PATTERN_LIMIT || patternCounts.containsKey(pattern)) {
            increment(patternCounts, pattern);
        } else {
            otherPatterns++;
        }
        classify(v);
        if (ValueShape.hasMixedScriptWord(v)) {
            mixedScript++;
        }
    }

    private void countValue(String raw) {
        long[] count = valueCounts.get(raw);
        if (count != null) {
            count[0]++;
        } else if (valueCounts.size() < distinctLimit) {
            valueCounts.put(raw, new long[] {1});
        } else {
            distinctCapped = true;
        }
    }

    private void classify(String v) {
        if (ValueShape.isInteger(v)) {
            integers++;
            if (ValueShape.hasLeadingZero(v)) {
                leadingZeros++;
            }
            if (v.length() > IDENTIFIER_DIGITS) {
                longDigits++;
            }
            if (ValueShape.isTenDigits(v)) {
                tenDigits++;
                if (Rnokpp.isValid(v)) {
                    validRnokpp++;
                }
            }
        } else if (ValueShape.isDecimal(v)) {
            decimals++;
        } else {
            String date = DatePattern.of(v);
            if (date != null) {
                dates++;
                increment(dateCounts, date);
            }
        }
        if (ValueShape.isPhone(v)) {
            phones++;
        }
    }

    ColumnProfile result(int topK) {
        long nonEmpty = values - empty;
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put("integer", integers);
        kinds.put("number", decimals);
        kinds.put("date", dates);
        kinds.put("text", nonEmpty - integers - decimals - dates);
        List<ValueCount> patterns = top(patternCounts, topK);
        if (otherPatterns > 0) {
            patterns = new ArrayList<>(patterns);
            patterns.add(new ValueCount("(other patterns)", otherPatterns));
        }
        return new ColumnProfile(index, name, type(nonEmpty), kinds, values, empty,
            values == 0 ? 0 : (double) empty / values,
            valueCounts.size(), distinctCapped,
            nonEmpty == 0 ? 0 : minLength, maxLength,
            top(valueCounts, topK), List.copyOf(patterns), top(dateCounts, Integer.MAX_VALUE),
            mixedScript, hints(nonEmpty));
    }

    private String type(long nonEmpty) {
        if (nonEmpty == 0) {
            return "empty";
        }
        boolean identifiers = leadingZeros > 0 || longDigits > 0;
        if (!identifiers && integers == nonEmpty) {
            return "integer";
        }
        if (!identifiers && integers + decimals == nonEmpty) {
            return "number";
        }
        return dates == nonEmpty ? "date" : "text";
    }

    private List<String> hints(long nonEmpty) {
        List<String> hints = new ArrayList<>();
        if (nonEmpty == 0) {
            return hints;
        }
        double share = HINT_SHARE * nonEmpty;
        if (tenDigits >= share && validRnokpp * 2 > tenDigits) {
            hints.add(String.format(Locale.ROOT, "looks like an RNOKPP: %,d of %,d ten-digit values have a valid check digit",
                validRnokpp, tenDigits));
        }
        if (dates >= share) {
            hints.add("looks like a date: " + String.join(", ", top(dateCounts, 3).stream().map(ValueCount::value).toList()));
        }
        if (phones >= share) {
            hints.add(String.format(Locale.ROOT, "looks like a phone: %,d of %,d values", phones, nonEmpty));
        }
        if (leadingZeros > 0) {
            hints.add(String.format(Locale.ROOT, "%,d values are digits with a leading zero: keep the column as text", leadingZeros));
        }
        return List.copyOf(hints);
    }

    private static void increment(Map<String, long[]> counts, String key) {
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    /** The {@code k} most frequent keys; ties in key order so the output is deterministic. */
    private static List<ValueCount> top(Map<String, long[]> counts, int k) {
        return counts.entrySet().stream()
            .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
            .limit(k)
            .map(e -> new ValueCount(e.getKey(), e.getValue()[0]))
            .toList();
    }
}
