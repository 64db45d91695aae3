package io.unireg.profile;

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

    private final int index;
    private final String name;
    private final int distinctLimit;
    private final Map<String, Seen> valueCounts = new HashMap<>();
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
        Seen seen = valueCounts.get(raw);
        if (seen != null) {
            seen.count++;
            tally(seen.shape);
            return;
        }
        String v = raw.strip();
        if (v.isEmpty()) {
            empty++;
            return;
        }
        CellShape shape = CellShape.of(v);
        if (valueCounts.size() < distinctLimit) {
            valueCounts.put(raw, new Seen(shape));
        } else {
            distinctCapped = true;
        }
        tally(shape);
    }

    private void tally(CellShape shape) {
        minLength = Math.min(minLength, shape.length());
        maxLength = Math.max(maxLength, shape.length());
        String pattern = shape.pattern();
        if (patternCounts.size() < PATTERN_LIMIT || patternCounts.containsKey(pattern)) {
            increment(patternCounts, pattern);
        } else {
            otherPatterns++;
        }
        if (shape.is(CellShape.INTEGER)) {
            integers++;
            leadingZeros += shape.is(CellShape.LEADING_ZERO) ? 1 : 0;
            longDigits += shape.is(CellShape.LONG_DIGITS) ? 1 : 0;
            tenDigits += shape.is(CellShape.TEN_DIGITS) ? 1 : 0;
            validRnokpp += shape.is(CellShape.VALID_RNOKPP) ? 1 : 0;
        } else if (shape.is(CellShape.DECIMAL)) {
            decimals++;
        } else if (shape.is(CellShape.DATE)) {
            dates++;
            increment(dateCounts, shape.datePattern());
        }
        phones += shape.is(CellShape.PHONE) ? 1 : 0;
        mixedScript += shape.is(CellShape.MIXED_SCRIPT) ? 1 : 0;
    }

    /** A distinct value's count and its shape, so a repeat is not analysed again. */
    private static final class Seen {
        final CellShape shape;
        long count = 1;

        Seen(CellShape shape) {
            this.shape = shape;
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
            topValues(topK), List.copyOf(patterns), top(dateCounts, Integer.MAX_VALUE),
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

    private List<ValueCount> topValues(int k) {
        return valueCounts.entrySet().stream()
            .sorted(Comparator.<Map.Entry<String, Seen>>comparingLong(e -> -e.getValue().count).thenComparing(Map.Entry::getKey))
            .limit(k)
            .map(e -> new ValueCount(e.getKey(), e.getValue().count))
            .toList();
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
