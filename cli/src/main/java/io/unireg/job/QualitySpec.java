package io.unireg.job;

/**
 * {@code quality:} gates. Breaching one makes the run exit 3; outputs are still written so the
 * cause can be read. {@code null} means the gate is off.
 *
 * @param maxRejectRate share of rows read that may be rejected (0–1)
 * @param maxRejects    number of rows that may be rejected
 * @param minRecords    fewest records the run must produce
 * @param advanceStateOnGateFailure whether a run that breaches a gate (exit 3) still becomes the
 *                      last good run in the state store (default: only exit 0 does)
 */
public record QualitySpec(Double maxRejectRate, Long maxRejects, Long minRecords, boolean advanceStateOnGateFailure) {

    public static final QualitySpec NONE = new QualitySpec(null, null, null);

    public QualitySpec(Double maxRejectRate, Long maxRejects, Long minRecords) {
        this(maxRejectRate, maxRejects, minRecords, false);
    }
}
