package io.unireg.match;

/** Run figures: sizes and timings (wall clock, per phase). */
public record MatchStats(int records, long comparedPairs, long acceptedPairs, long reviewPairs, int clusters,
                         int duplicateClusters, long prepareMillis, long blockMillis, long scoreMillis,
                         long clusterMillis, boolean trainedInRun) {

    public double pairsPerSecond() {
        long ms = blockMillis + scoreMillis;
        return ms == 0 ? comparedPairs * 1000.0 : comparedPairs * 1000.0 / ms;
    }
}
