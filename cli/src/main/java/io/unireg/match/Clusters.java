package io.unireg.match;

import java.util.List;

/**
 * Connected components over accepted pairs after the chain guard. Every record is in exactly one
 * cluster (a singleton when nothing matched it). Cluster numbers are dense (0..count-1) and ordered by
 * each cluster's smallest record id, so reruns number them identically.
 */
public interface Clusters {

    int count();

    int clusterOf(int record);

    /** Record ids of a cluster, ascending. */
    int[] members(int cluster);

    /**
     * The record's strongest accepted link inside its cluster (its {@code match_probability} in
     * links.csv); 1.0 for a singleton.
     */
    double probability(int record);

    List<ChainSplit> splits();
}
