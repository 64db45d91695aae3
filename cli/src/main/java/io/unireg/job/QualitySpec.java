package io.unireg.job;

/**
 * {@code quality:} gates. Breaching one makes the run exit 3; outputs are still written so the
 * cause can be read. {@code null} means the gate is off.
 *
 * @param maxRejectRate share of rows read that may be rejected (0–1)
 * @param maxRejects    number of rows that may be rejected
 * @param minRecords    fewest records the run must produce
 */
public record QualitySpec(Double maxRejectRate, Long maxRejects, Long minRecords) {

    public static final QualitySpec NONE = new QualitySpec(null, null, null);
}
