package io.unireg.match;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The matching model as plain immutable data, read from the job's {@code dedupe:} section by
 * {@link MatchSettingsReader}. Nothing here knows how it is executed: the in-memory executor and a
 * later distributed one run the same settings and trained parameters to the same answers.
 *
 * @param fields            the target schema's field names, in order; indexes everywhere refer to this list
 * @param maxPairsPerRule   a blocking rule that would make more candidate pairs is refused before it runs
 * @param parameters        pinned trained parameters (resolved against the job folder), if the job names them
 */
public record MatchSettings(MatchMode mode, List<String> fields, List<BlockingRule> blocking,
                           List<FieldComparison> comparisons, List<IdentifierField> identifiers,
                           List<DeterministicRule> rules, Thresholds thresholds, long maxPairsPerRule,
                           TrainingSettings training, Optional<Path> parameters) {

    public static final long DEFAULT_MAX_PAIRS_PER_RULE = 50_000_000L;

    public MatchSettings {
        fields = List.copyOf(fields);
        blocking = List.copyOf(blocking);
        comparisons = List.copyOf(comparisons);
        identifiers = List.copyOf(identifiers);
        rules = List.copyOf(rules);
    }

    /** The same model with pinned parameters loaded from another place (e.g. {@code --parameters} on the command line). */
    public MatchSettings withParameters(Path file) {
        return new MatchSettings(mode, fields, blocking, comparisons, identifiers, rules, thresholds, maxPairsPerRule,
                training, Optional.ofNullable(file));
    }

    public MatchSettings withThresholds(Thresholds t) {
        return new MatchSettings(mode, fields, blocking, comparisons, identifiers, rules, t, maxPairsPerRule,
                training, parameters);
    }

    /**
     * A fingerprint of what trained parameters depend on (compared fields and their level labels), so a
     * pinned file trained for other comparisons is refused instead of silently misapplied.
     */
    public String comparisonSignature() {
        StringBuilder s = new StringBuilder();
        for (FieldComparison c : comparisons) {
            s.append(c.field()).append(':').append(String.join("|", c.labels())).append(';');
        }
        return s.toString();
    }
}
