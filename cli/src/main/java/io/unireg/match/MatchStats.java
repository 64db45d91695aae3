package io.unireg.match;

/** Run figures: sizes and timings (wall clock, per phase; {@code scoreMillis} includes applying clerk decisions). */
public record MatchStats(int records, long comparedPairs, long acceptedPairs, long reviewPairs, int clusters,
                         int duplicateClusters, long prepareMillis, long blockMillis, long trainMillis,
                         long scoreMillis, long clusterMillis, boolean trainedInRun) {

    public double pairsPerSecond() {
        long ms = blockMillis + scoreMillis;
        return ms == 0 ? comparedPairs * 1000.0 : comparedPairs * 1000.0 / ms;
    }
}
