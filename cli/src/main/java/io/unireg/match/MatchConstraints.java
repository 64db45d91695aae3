package io.unireg.match;

import java.util.List;

/**
 * A clerk's decisions, applied on every run before the model: a must-link pair is a match and a
 * cannot-link pair never is, and no cluster may end up holding both sides of a cannot-link pair.
 * A decision naming a record that is not in this run is reported in {@link ConstraintReport}, not fatal.
 */
public record MatchConstraints(List<Link> mustLink, List<Link> cannotLink) {

    public static final MatchConstraints NONE = new MatchConstraints(List.of(), List.of());

    /** @param origin where the decision came from, for reports ({@code review.xlsx:14}) */
    public record Link(RecordRef a, RecordRef b, String origin) {
    }

    public MatchConstraints {
        mustLink = List.copyOf(mustLink);
        cannotLink = List.copyOf(cannotLink);
    }
}
