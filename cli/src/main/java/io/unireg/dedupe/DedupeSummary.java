package io.unireg.dedupe;

import java.util.List;

/**
 * The figures a dedupe run reports in its manifest and closing line; every one can be traced to rows
 * of links.csv, review.csv or the decisions file.
 *
 * @param duplicatesMerged source rows folded into another row's golden record (records − clusters)
 * @param splits           clusters the chain guard split (two different valid identifiers, or a cannot-link)
 * @param decisionsProblems decisions that named unknown records or could not be read, one line each
 */
public record DedupeSummary(int records, List<RuleFigures> rules, long comparedPairs, long matchPairs, long reviewPairs,
                            int clusters, int duplicateClusters, int duplicatesMerged, int splits, List<String> splitReasons,
                            String decisionsFile, int mustLinkApplied, int cannotLinkApplied, int decisionsRead,
                            List<String> decisionsProblems, int overruled, boolean trainedInRun, long matchMillis) {

    /** One blocking rule: the pairs it alone would make, and those it contributed after earlier rules. */
    public record RuleFigures(String rule, long candidatePairs, long comparedPairs) {
    }

    public DedupeSummary {
        rules = List.copyOf(rules);
        splitReasons = List.copyOf(splitReasons);
        decisionsProblems = List.copyOf(decisionsProblems);
    }
}
