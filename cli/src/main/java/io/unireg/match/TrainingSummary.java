package io.unireg.match;

/**
 * How parameters were obtained, kept with them for the report and the pinned file.
 *
 * @param emPairs     candidate pairs EM saw (summed over the blocking rules it trained on)
 * @param converged   whether every EM session stopped before its iteration limit
 */
public record TrainingSummary(int records, long randomPairs, long emPairs, int emIterations, boolean converged,
                              String note) {
}
