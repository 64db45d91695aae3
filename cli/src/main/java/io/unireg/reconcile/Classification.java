package io.unireg.reconcile;

import java.util.List;

/**
 * The verdict on one golden record.
 *
 * @param stateRecords state record numbers ({@link StateTable}): the match, or every candidate when ambiguous
 * @param method       the identifier field that reached the state record, {@code link}, or empty
 * @param probability  1.0 for an identifier, the link probability (the best one when ambiguous); NaN when none
 * @param differences  compared fields that differ, in schema order (matched_with_differences, conflict)
 */
public record Classification(ReconciliationStatus status, int[] stateRecords, String method, double probability,
                             List<FieldDifference> differences) {

    static final int[] NONE = new int[0];

    public static final Classification LOCAL_ONLY = new Classification(ReconciliationStatus.LOCAL_ONLY, NONE, "",
            Double.NaN, List.of());

    public Classification {
        differences = List.copyOf(differences);
    }
}
