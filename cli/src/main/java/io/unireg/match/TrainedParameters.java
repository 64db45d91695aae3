package io.unireg.match;

import java.util.List;

/**
 * What training learnt: the prior probability that two random records match, and m/u per level.
 * Plain data, written to YAML or JSON by {@link ParametersFile} so a job can pin it and nightly runs
 * score identically.
 *
 * @param signature  {@link MatchSettings#comparisonSignature()} of the settings trained for
 * @param matchPrior P(match) for a random pair (Splink's λ)
 */
public record TrainedParameters(int format, String signature, double matchPrior, List<FieldParameters> fields,
                                TrainingSummary training) {

    public static final int FORMAT = 1;

    public TrainedParameters {
        fields = List.copyOf(fields);
    }

    /** Prior match weight log2(λ / (1-λ)): the starting bar of every waterfall. */
    public double priorWeight() {
        return Math.log(matchPrior / (1 - matchPrior)) / Math.log(2);
    }

    /** Whether these parameters fit {@code settings}' comparisons (same fields, same level labels). */
    public boolean fits(MatchSettings settings) {
        return signature.equals(settings.comparisonSignature());
    }
}
