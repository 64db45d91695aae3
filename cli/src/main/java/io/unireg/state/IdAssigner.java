package io.unireg.state;

import io.unireg.dedupe.StableId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Carries golden-record ids from the last good run to this run's clusters (the rule is in
 * docs/incremental.md):
 * <ul>
 * <li>a previous id goes to its heir: the cluster holding most of its surviving members (ties: the
 *     cluster whose own anchor id is smallest);</li>
 * <li>a cluster that is heir of one previous id keeps it; of several, keeps the one with most
 *     surviving members in it (ties: the smallest id) and absorbs the others — a merge;</li>
 * <li>a cluster that is heir of none gets its anchor's id ({@code StableId} of its first member),
 *     or, if a previous run used that id, a derived one — never an id of the last good run;</li>
 * <li>a previous id whose members now lie in several clusters is a split of its successor (the id
 *     it now lives on as) into the other clusters' ids.</li>
 * </ul>
 * Pure: the same clusters and previous members give the same ids.
 */
public final class IdAssigner {

    /** One cluster of this run: its members ({@code source:key}) and its anchor's id. */
    public record Cluster(String[] refs, String anchorId) {
    }

    /**
     * @param ids      per cluster, its unireg_id
     * @param kept     per cluster, whether its id is one of the last good run's
     * @param merges   surviving id → the previous ids it absorbed (sorted)
     * @param splits   successor id → the ids of the other clusters its previous members went to (sorted)
     * @param fresh    per cluster, whether none of its members was in the last good run
     */
    public record Assignment(String[] ids, boolean[] kept, boolean[] fresh, Map<String, List<String>> merges,
                             Map<String, List<String>> splits) {
    }

    private IdAssigner() {
    }

    public static Assignment assign(List<Cluster> clusters, Map<String, String> previousMembers,
                                    java.util.function.Predicate<String> previousIds) {
        int n = clusters.size();
        // (previous id index, cluster) for every member that was in the last good run, sorted to group them.
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        long[] pairs = new long[16];
        int count = 0;
        boolean[] fresh = new boolean[n];
        for (int c = 0; c < n; c++) {
            fresh[c] = true;
            for (String ref : clusters.get(c).refs()) {
                String p = previousMembers.get(ref);
                if (p == null) {
                    continue;
                }
                fresh[c] = false;
                Integer pi = index.get(p);
                if (pi == null) {
                    pi = names.size();
                    index.put(p, pi);
                    names.add(p);
                }
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, count * 2);
                }
                pairs[count++] = ((long) pi << 32) | c;
            }
        }
        Arrays.sort(pairs, 0, count);
        int[] heir = new int[names.size()];
        int[] heirCount = new int[names.size()];
        // previous id → the clusters holding its members, for splits
        Map<Integer, int[]> spread = new HashMap<>();
        int i = 0;
        while (i < count) {
            int p = (int) (pairs[i] >>> 32);
            int best = -1, bestCount = 0;
            List<Integer> holders = new ArrayList<>();
            while (i < count && (int) (pairs[i] >>> 32) == p) {
                int c = (int) pairs[i];
                int k = 0;
                while (i < count && pairs[i] == (((long) p << 32) | c)) {
                    k++;
                    i++;
                }
                holders.add(c);
                if (k > bestCount || (k == bestCount && clusters.get(c).anchorId().compareTo(clusters.get(best).anchorId()) < 0)) {
                    best = c;
                    bestCount = k;
                }
            }
            heir[p] = best;
            heirCount[p] = bestCount;
            if (holders.size() > 1) {
                spread.put(p, holders.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        // Each cluster keeps the candidate with most members in it; the other candidates are absorbed.
        int[] keeper = new int[n];
        Arrays.fill(keeper, -1);
        Map<Integer, List<Integer>> candidates = new HashMap<>();
        for (int p = 0; p < names.size(); p++) {
            candidates.computeIfAbsent(heir[p], k -> new ArrayList<>()).add(p);
        }
        String[] ids = new String[n];
        boolean[] kept = new boolean[n];
        Map<String, List<String>> merges = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> e : candidates.entrySet()) {
            int c = e.getKey();
            int best = -1;
            for (int p : e.getValue()) {
                if (best < 0 || heirCount[p] > heirCount[best]
                        || (heirCount[p] == heirCount[best] && names.get(p).compareTo(names.get(best)) < 0)) {
                    best = p;
                }
            }
            keeper[c] = best;
            ids[c] = names.get(best);
            kept[c] = true;
            if (e.getValue().size() > 1) {
                List<String> absorbed = new ArrayList<>();
                for (int p : e.getValue()) {
                    if (p != best) {
                        absorbed.add(names.get(p));
                    }
                }
                absorbed.sort(null);
                merges.put(ids[c], absorbed);
            }
        }
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < n; c++) {
            if (kept[c]) {
                taken.add(ids[c]);
            }
        }
        for (int c = 0; c < n; c++) {
            if (!kept[c]) {
                String id = clusters.get(c).anchorId();
                for (int k = 1; previousIds.test(id) || taken.contains(id); k++) {
                    id = StableId.of(clusters.get(c).anchorId(), "#" + k);
                }
                ids[c] = id;
                taken.add(id);
            }
        }
        Map<String, TreeSet<String>> splitSets = new TreeMap<>();
        for (Map.Entry<Integer, int[]> e : spread.entrySet()) {
            String successor = ids[heir[e.getKey()]];
            TreeSet<String> others = splitSets.computeIfAbsent(successor, k -> new TreeSet<>());
            for (int c : e.getValue()) {
                if (!ids[c].equals(successor)) {
                    others.add(ids[c]);
                }
            }
        }
        Map<String, List<String>> splits = new TreeMap<>();
        splitSets.forEach((k, v) -> splits.put(k, List.copyOf(v)));
        return new Assignment(ids, kept, fresh, merges, splits);
    }
}
