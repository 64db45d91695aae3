package io.unireg.schema;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;

/** The " (did you mean 'x'?)" tail of an error about an unknown name. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a third of the name's length (at least 2 edits), else "". */
    static String suggest(String name, Collection<String> candidates) {
        int limit = Math.max(2, name.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(name.toLowerCase(), c.toLowerCase());
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }
}
