package io.unireg.match;

import java.util.List;

/**
 * How the clerk's decisions fared in a run: how many applied, which named missing records, and
 * must-link pairs that the chain guard or a cannot-link still had to cut.
 */
public record ConstraintReport(int mustLinkApplied, int cannotLinkApplied, List<MatchConstraints.Link> unknownRecords,
                               List<MatchConstraints.Link> overruled) {

    public ConstraintReport {
        unknownRecords = List.copyOf(unknownRecords);
        overruled = List.copyOf(overruled);
    }
}
