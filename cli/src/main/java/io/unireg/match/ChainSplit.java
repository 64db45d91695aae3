package io.unireg.match;

import java.util.List;

/**
 * A would-be cluster that joined records with different valid identifiers (or both sides of a
 * cannot-link decision), and the accepted pairs cut to keep them apart — the weakest first.
 *
 * @param reason    e.g. {@code rnokpp: 2 different valid values} or {@code cannot-link review.xlsx:14}
 * @param records   all records of the component before splitting
 * @param cutPairs  indexes into {@link ScoredPairs} of the accepted pairs that were cut
 */
public record ChainSplit(String reason, int[] records, int[] cutPairs, int clustersAfter) {

    public List<Integer> recordList() {
        return java.util.Arrays.stream(records).boxed().toList();
    }
}
