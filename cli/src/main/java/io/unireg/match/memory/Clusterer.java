package io.unireg.match.memory;

import io.unireg.match.ChainSplit;
import io.unireg.match.Clusters;
import io.unireg.match.Decision;
import io.unireg.match.DecisionReason;
import io.unireg.match.IdentifierField;
import io.unireg.match.MatchSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components over accepted pairs, with the chain guard: a component that would hold two
 * different valid values of an identifier, or both sides of a cannot-link decision, is rebuilt by
 * adding its accepted pairs strongest first (clerk, then rule, then weight) and skipping any pair that
 * would join a conflict — so it splits at its weakest links. Cut pairs become {@code REVIEW}.
 */
final class Clusterer {

    private final MatchSettings settings;
    private final PreparedRecords data;
    private final PairTable pairs;
    private final int[][] cannotLink;

    Clusterer(MatchSettings settings, PreparedRecords data, PairTable pairs, int[][] cannotLink) {
        this.settings = settings;
        this.data = data;
        this.pairs = pairs;
        this.cannotLink = cannotLink;
    }

    Clusters cluster() {
        int n = data.size;
        int[] parent = identity(n);
        pairs.forEach((p, a, b, w, flags) -> {
            if ((flags & 3) == Decision.MATCH.ordinal()) {
                union(parent, a, b);
            }
        });
        boolean[] conflicted = new boolean[n];
        Map<Integer, String> reasons = new HashMap<>();
        List<IdentifierField> ids = settings.identifiers();
        for (int k = 0; k < ids.size(); k++) {
            FieldColumn c = data.columns[ids.get(k).fieldIndex()];
            int[] seen = new int[n];
            Arrays.fill(seen, -1);
            for (int r = 0; r < n; r++) {
                int v = c.ids[r];
                if (v < 0 || !data.validValue[k][v]) {
                    continue;
                }
                int root = find(parent, r);
                if (seen[root] < 0) {
                    seen[root] = v;
                } else if (seen[root] != v && !conflicted[root]) {
                    conflicted[root] = true;
                    reasons.put(root, ids.get(k).field() + ": different valid values");
                }
            }
        }
        for (int[] cl : cannotLink) {
            int root = find(parent, cl[0]);
            if (root == find(parent, cl[1]) && !conflicted[root]) {
                conflicted[root] = true;
                reasons.put(root, "cannot-link decision");
            }
        }
        int[] finalParent = identity(n);
        List<Integer> guarded = new ArrayList<>();
        List<long[]> guardedEdges = new ArrayList<>();
        pairs.forEach((p, a, b, w, flags) -> {
            if ((flags & 3) != Decision.MATCH.ordinal()) {
                return;
            }
            if (!conflicted[find(parent, a)]) {
                union(finalParent, a, b);
            } else {
                int reason = (flags >> 2) & 3;
                int priority = reason == DecisionReason.CLERK.ordinal() ? 2 : reason == DecisionReason.RULE.ordinal() ? 1 : 0;
                guardedEdges.add(new long[]{p, a, b, Double.doubleToLongBits(w), priority});
            }
        });
        guardedEdges.sort((x, y) -> {
            int c = Long.compare(y[4], x[4]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(Double.longBitsToDouble(y[3]), Double.longBitsToDouble(x[3]));
            return c != 0 ? c : Long.compare(x[0], y[0]);
        });
        Guard guard = new Guard(n, finalParent);
        Map<Integer, List<Integer>> cutByComponent = new HashMap<>();
        for (long[] e : guardedEdges) {
            int a = (int) e[1];
            int b = (int) e[2];
            if (!guard.tryUnion(a, b)) {
                cutByComponent.computeIfAbsent(find(parent, a), x -> new ArrayList<>()).add((int) e[0]);
                if (e[4] < 2) {
                    pairs.setFlags((int) e[0], PairChunk.flag(Decision.REVIEW.ordinal(), DecisionReason.MODEL.ordinal(), -1));
                }
            }
        }
        double[] probability = new double[n];
        Arrays.fill(probability, -1);
        pairs.forEach((p, a, b, w, flags) -> {
            if ((flags & 3) == Decision.MATCH.ordinal() && find(finalParent, a) == find(finalParent, b)) {
                double pr = PairScorer.probability(w);
                probability[a] = Math.max(probability[a], pr);
                probability[b] = Math.max(probability[b], pr);
            }
        });
        int[] clusterOf = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int count = 0;
        for (int r = 0; r < n; r++) {
            int root = find(finalParent, r);
            if (number[root] < 0) {
                number[root] = count++;
            }
            clusterOf[r] = number[root];
            if (probability[r] < 0) {
                probability[r] = 1.0;
            }
        }
        List<ChainSplit> splits = new ArrayList<>();
        List<Integer> roots = new ArrayList<>(cutByComponent.keySet());
        roots.sort(null);
        Map<Integer, List<Integer>> componentMembers = new HashMap<>();
        for (int r = 0; r < n; r++) {
            int root = find(parent, r);
            if (cutByComponent.containsKey(root)) {
                componentMembers.computeIfAbsent(root, x -> new ArrayList<>()).add(r);
            }
        }
        for (int root : roots) {
            int[] members = componentMembers.get(root).stream().mapToInt(Integer::intValue).toArray();
            long after = Arrays.stream(members).map(r -> clusterOf[r]).distinct().count();
            splits.add(new ChainSplit(reasons.getOrDefault(root, "conflict"), members,
                    cutByComponent.get(root).stream().mapToInt(Integer::intValue).toArray(), (int) after));
        }
        return new ClusterTable(clusterOf, count, probability, splits);
    }

    /** Union-find sets that remember each identifier's valid value and their cannot-link partners. */
    private final class Guard {
        final int[] parent;
        final int[][] value;
        final Map<Integer, List<Integer>> members = new HashMap<>();
        final Map<Integer, List<Integer>> partners = new HashMap<>();

        Guard(int n, int[] parent) {
            this.parent = parent;
            List<IdentifierField> ids = settings.identifiers();
            value = new int[ids.size()][];
            for (int[] cl : cannotLink) {
                partners.computeIfAbsent(cl[0], x -> new ArrayList<>()).add(cl[1]);
                partners.computeIfAbsent(cl[1], x -> new ArrayList<>()).add(cl[0]);
            }
            for (int k = 0; k < ids.size(); k++) {
                value[k] = new int[n];
                Arrays.fill(value[k], -1);
                FieldColumn c = data.columns[ids.get(k).fieldIndex()];
                for (int r = 0; r < n; r++) {
                    int v = c.ids[r];
                    if (v >= 0 && data.validValue[k][v]) {
                        int root = find(parent, r);
                        value[k][root] = v;
                    }
                }
            }
        }

        private List<Integer> membersOf(int root) {
            return members.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
        }

        boolean tryUnion(int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb) {
                return true;
            }
            for (int[] v : value) {
                if (v[ra] >= 0 && v[rb] >= 0 && v[ra] != v[rb]) {
                    return false;
                }
            }
            List<Integer> ma = membersOf(ra);
            List<Integer> mb = membersOf(rb);
            List<Integer> small = ma.size() <= mb.size() ? ma : mb;
            int other = small == ma ? rb : ra;
            for (int r : small) {
                for (int p : partners.getOrDefault(r, List.of())) {
                    if (find(parent, p) == other) {
                        return false;
                    }
                }
            }
            parent[ra] = rb;
            for (int[] v : value) {
                if (v[rb] < 0) {
                    v[rb] = v[ra];
                }
            }
            mb.addAll(ma);
            members.remove(ra);
            return true;
        }
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }

    /** The finished clustering. */
    private static final class ClusterTable implements Clusters {
        private final int[] clusterOf;
        private final int count;
        private final double[] probability;
        private final List<ChainSplit> splits;
        private int[][] members;

        ClusterTable(int[] clusterOf, int count, double[] probability, List<ChainSplit> splits) {
            this.clusterOf = clusterOf;
            this.count = count;
            this.probability = probability;
            this.splits = List.copyOf(splits);
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public int clusterOf(int record) {
            return clusterOf[record];
        }

        @Override
        public synchronized int[] members(int cluster) {
            if (members == null) {
                int[] sizes = new int[count];
                for (int c : clusterOf) {
                    sizes[c]++;
                }
                members = new int[count][];
                for (int c = 0; c < count; c++) {
                    members[c] = new int[sizes[c]];
                }
                int[] fill = new int[count];
                for (int r = 0; r < clusterOf.length; r++) {
                    members[clusterOf[r]][fill[clusterOf[r]]++] = r;
                }
            }
            return members[cluster].clone();
        }

        @Override
        public double probability(int record) {
            return probability[record];
        }

        @Override
        public List<ChainSplit> splits() {
            return splits;
        }
    }
}
