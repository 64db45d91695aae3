package io.unireg.job;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, functions, fields and source ids. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private Suggestions() {
    }

    /** The closest candidate within a distance that still reads as a typo (2 edits, more for long names), if any. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String needle = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = DISTANCE.apply(needle, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && d <= Math.max(2, Math.min(4, wrong.length() / 3))) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"} or an empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
