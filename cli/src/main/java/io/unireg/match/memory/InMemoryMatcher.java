package io.unireg.match.memory;

import io.unireg.match.BlockingPlan;
import io.unireg.match.ConstraintReport;
import io.unireg.match.Decision;
import io.unireg.match.DecisionReason;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchExecutor;
import io.unireg.match.MatchMode;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.MatchStats;
import io.unireg.match.RecordRef;
import io.unireg.match.ScoredPair;
import io.unireg.match.TrainedParameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory executor: dictionary-encoded columns, a sorted-long blocking index, int record ids,
 * pairs scored on all cores into compact columnar chunks (no object per pair).
 */
public final class InMemoryMatcher implements MatchExecutor {

    private static final long TASK_PAIRS = 250_000;

    @Override
    public BlockingPlan plan(MatchSettings settings, List<MatchRecord> records) {
        PreparedRecords data = new PreparedRecords(settings, records);
        return new BlockingIndex(settings, data).plan();
    }

    @Override
    public TrainedParameters train(MatchSettings settings, List<MatchRecord> records) {
        PreparedRecords data = new PreparedRecords(settings, records);
        BlockingIndex index = new BlockingIndex(settings, data);
        requireRunnable(index.plan());
        return new Trainer(settings, data, index, new PairScorer(settings, data, null)).train();
    }

    @Override
    public MatchResult run(MatchSettings settings, TrainedParameters parameters, List<MatchRecord> records,
                           MatchConstraints constraints) {
        long t0 = System.nanoTime();
        PreparedRecords data = new PreparedRecords(settings, records);
        PairScorer levelsOnly = new PairScorer(settings, data, null);
        long t1 = System.nanoTime();
        BlockingIndex index = new BlockingIndex(settings, data);
        BlockingPlan plan = index.plan();
        requireRunnable(plan);
        long t2 = System.nanoTime();
        boolean trained = parameters == null;
        if (trained) {
            parameters = new Trainer(settings, data, index, levelsOnly).train();
        } else if (!parameters.fits(settings)) {
            throw new IllegalArgumentException("the pinned parameters were trained for other comparisons (fields or levels changed); run unireg train again");
        }
        PairScorer scorer = levelsOnly.withParameters(settings, parameters);
        long t3 = System.nanoTime();

        List<PairTasks.Task> tasks = PairTasks.splitAll(index, TASK_PAIRS);
        List<PairChunk> chunks = PairTasks.runAll(tasks.size(), t -> score(settings, index, scorer, tasks.get(t)));
        long[] perRule = new long[settings.blocking().size()];
        for (int t = 0; t < tasks.size(); t++) {
            perRule[tasks.get(t).rule()] += chunks.get(t).size;
        }

        // clerk decisions: find their pairs, override, add must-links no rule found
        Map<RecordRef, Integer> refs = constraints.mustLink().isEmpty() && constraints.cannotLink().isEmpty()
                ? Map.of() : data.refs();
        List<MatchConstraints.Link> unknown = new ArrayList<>();
        Map<Long, Boolean> decided = new HashMap<>();
        List<int[]> cannot = new ArrayList<>();
        for (MatchConstraints.Link l : constraints.cannotLink()) {
            int[] p = resolve(l, refs, unknown);
            if (p != null) {
                decided.put(key(p[0], p[1]), false);
                cannot.add(p);
            }
        }
        Map<Long, MatchConstraints.Link> mustLinks = new HashMap<>();
        for (MatchConstraints.Link l : constraints.mustLink()) {
            int[] p = resolve(l, refs, unknown);
            if (p != null && !decided.containsKey(key(p[0], p[1]))) {
                decided.put(key(p[0], p[1]), true);
                mustLinks.put(key(p[0], p[1]), l);
            }
        }
        Set<Long> found = new HashSet<>();
        PairChunk extra = new PairChunk(16);
        PairTable provisional = new PairTable(chunks, settings, scorer);
        if (!decided.isEmpty()) {
            provisional.forEach((p, a, b, w, flags) -> {
                Boolean must = decided.get(key(a, b));
                if (must != null) {
                    found.add(key(a, b));
                    provisional.setFlags(p, PairChunk.flag(must ? Decision.MATCH.ordinal() : Decision.NON_MATCH.ordinal(),
                            DecisionReason.CLERK.ordinal(), -1));
                }
            });
            for (Map.Entry<Long, Boolean> e : decided.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                if (e.getValue() && !found.contains(e.getKey())) {
                    int a = (int) (e.getKey() >>> 32);
                    int b = (int) (long) e.getKey();
                    long lv = scorer.levels(a, b);
                    extra.add(a, b, scorer.weight(lv, a, b), lv,
                            PairChunk.flag(Decision.MATCH.ordinal(), DecisionReason.CLERK.ordinal(), -1), -1);
                }
            }
        }
        List<PairChunk> all = new ArrayList<>(chunks);
        all.add(extra);
        PairTable table = new PairTable(all, settings, scorer);
        long t4 = System.nanoTime();

        var clusters = new Clusterer(settings, data, table, cannot.toArray(new int[0][])).cluster();
        List<MatchConstraints.Link> overruled = new ArrayList<>();
        for (Map.Entry<Long, MatchConstraints.Link> e : mustLinks.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            if (clusters.clusterOf(a) != clusters.clusterOf(b)) {
                overruled.add(e.getValue());
            }
        }
        long t5 = System.nanoTime();
        long[] decisions = table.decisionCounts();
        int duplicateClusters = 0;
        int[] sizes = new int[clusters.count()];
        for (int r = 0; r < data.size; r++) {
            if (++sizes[clusters.clusterOf(r)] == 2) {
                duplicateClusters++;
            }
        }
        MatchStats stats = new MatchStats(data.size, table.size(), decisions[Decision.MATCH.ordinal()],
                decisions[Decision.REVIEW.ordinal()], clusters.count(), duplicateClusters,
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), trained);
        ConstraintReport report = new ConstraintReport(mustLinks.size(), cannot.size(), unknown, overruled);
        TrainedParameters used = parameters;
        return new MatchResult(plan, perRule, table, clusters, report,
                settings.blocking().stream().map(Object::toString).toList(), stats, used,
                (a, b) -> explain(settings, index, table, scorer, a, b));
    }

    /**
     * A pair the run compared comes back as the run recorded it (its blocking rule, and the decision after
     * clerk decisions and the chain guard); any other pair is scored on the spot, with the rule that would
     * pair it (-1: none, so a run never compares it).
     */
    private static ScoredPair explain(MatchSettings settings, BlockingIndex index, PairTable table, PairScorer scorer,
                                      int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        long lv = scorer.levels(lo, hi);
        double w = scorer.weight(lv, lo, hi); // recomputed: the table keeps weights as floats
        int compared = table.find(lo, hi);
        if (compared >= 0) {
            return PairTable.describe(settings, scorer, lo, hi, lv, w, table.flags(compared), table.blockedBy(compared));
        }
        return PairTable.describe(settings, scorer, lo, hi, lv, w, decide(settings, scorer, lo, hi, w), index.firstRule(lo, hi));
    }

    private static int decide(MatchSettings settings, PairScorer scorer, int a, int b, double w) {
        int rule = scorer.rule(a, b);
        if (rule >= 0) {
            Decision d = scorer.ruleIsSame(rule) ? Decision.MATCH : Decision.NON_MATCH;
            return PairChunk.flag(d.ordinal(), DecisionReason.RULE.ordinal(), rule);
        }
        return PairChunk.flag(settings.thresholds().decide(PairScorer.probability(w)).ordinal(),
                DecisionReason.MODEL.ordinal(), -1);
    }

    private static PairChunk score(MatchSettings settings, BlockingIndex index, PairScorer scorer, PairTasks.Task task) {
        PairChunk chunk = new PairChunk(1024);
        int rule = task.rule();
        PairTasks.walk(index, task, true, (a, b) -> {
            long lv = scorer.levels(a, b);
            double w = scorer.weight(lv, a, b);
            chunk.add(a, b, w, lv, decide(settings, scorer, a, b, w), rule);
        });
        chunk.trim();
        return chunk;
    }

    private static int[] resolve(MatchConstraints.Link l, Map<RecordRef, Integer> refs, List<MatchConstraints.Link> unknown) {
        Integer a = refs.get(l.a());
        Integer b = refs.get(l.b());
        if (a == null || b == null) {
            unknown.add(l);
            return null;
        }
        if (a.equals(b)) {
            return null;
        }
        return new int[]{Math.min(a, b), Math.max(a, b)};
    }

    private static long key(int a, int b) {
        return (long) a << 32 | (b & 0xFFFFFFFFL);
    }

    private static void requireRunnable(BlockingPlan plan) {
        if (!plan.runnable()) {
            throw new IllegalArgumentException(plan.refused().get(0).advice());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static boolean link(MatchSettings s) {
        return s.mode() == MatchMode.LINK;
    }
}
