package io.unireg.match;

/**
 * How parameters are estimated when the job pins none.
 *
 * @param randomPairs     random record pairs sampled to estimate u (almost all random pairs are non-matches)
 * @param emIterations    at most this many EM iterations (stops earlier when m moves less than 1e-6)
 * @param maxTrainingPairs at most this many candidate pairs per blocking rule feed EM (a seeded sample beyond it)
 * @param seed            for every sample: the same data gives the same parameters
 */
public record TrainingSettings(long randomPairs, int emIterations, long maxTrainingPairs, long seed) {

    public static final TrainingSettings DEFAULT = new TrainingSettings(1_000_000, 30, 2_000_000, 42);
}
