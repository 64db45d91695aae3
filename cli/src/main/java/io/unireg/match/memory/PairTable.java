package io.unireg.match.memory;

import io.unireg.match.Decision;
import io.unireg.match.DecisionReason;
import io.unireg.match.FieldComparison;
import io.unireg.match.FieldScore;
import io.unireg.match.MatchSettings;
import io.unireg.match.ScoredPair;
import io.unireg.match.ScoredPairs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@link ScoredPairs} over the scoring tasks' chunks, in task order (blocking rule, then key group). */
final class PairTable implements ScoredPairs {

    private static final Decision[] DECISIONS = Decision.values();
    private static final DecisionReason[] REASONS = DecisionReason.values();

    private final PairChunk[] chunks;
    private final int[] offsets;
    private final int size;
    private final MatchSettings settings;
    private final PairScorer scorer;

    PairTable(List<PairChunk> chunks, MatchSettings settings, PairScorer scorer) {
        this.chunks = chunks.stream().filter(c -> c.size > 0).toArray(PairChunk[]::new);
        this.offsets = new int[this.chunks.length + 1];
        long total = 0;
        for (int i = 0; i < this.chunks.length; i++) {
            offsets[i] = (int) total;
            total += this.chunks[i].size;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("more than 2^31 compared pairs");
        }
        offsets[this.chunks.length] = (int) total;
        this.size = (int) total;
        this.settings = settings;
        this.scorer = scorer;
    }

    private int chunk(int pair) {
        int c = Arrays.binarySearch(offsets, 0, chunks.length, pair);
        return c >= 0 ? c : -c - 2;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int left(int pair) {
        int c = chunk(pair);
        return chunks[c].left[pair - offsets[c]];
    }

    @Override
    public int right(int pair) {
        int c = chunk(pair);
        return chunks[c].right[pair - offsets[c]];
    }

    @Override
    public double matchWeight(int pair) {
        int c = chunk(pair);
        return chunks[c].weight[pair - offsets[c]];
    }

    @Override
    public double probability(int pair) {
        return PairScorer.probability(matchWeight(pair));
    }

    /** The index of pair (lo, hi) with lo &lt; hi, or -1 when the run did not compare it. A scan: for explain. */
    int find(int lo, int hi) {
        for (int c = 0; c < chunks.length; c++) {
            int[] l = chunks[c].left;
            int[] r = chunks[c].right;
            for (int i = 0; i < chunks[c].size; i++) {
                if (l[i] == lo && r[i] == hi) {
                    return offsets[c] + i;
                }
            }
        }
        return -1;
    }

    int flags(int pair) {
        int c = chunk(pair);
        return chunks[c].flags[pair - offsets[c]] & 0xFF;
    }

    void setFlags(int pair, int flags) {
        int c = chunk(pair);
        chunks[c].flags[pair - offsets[c]] = (byte) flags;
    }

    int blockedBy(int pair) {
        int c = chunk(pair);
        return chunks[c].blockedBy[pair - offsets[c]];
    }

    long levels(int pair) {
        int c = chunk(pair);
        return chunks[c].levels[pair - offsets[c]];
    }

    @Override
    public Decision decision(int pair) {
        return DECISIONS[flags(pair) & 3];
    }

    @Override
    public DecisionReason reason(int pair) {
        return REASONS[(flags(pair) >> 2) & 3];
    }

    @Override
    public int level(int pair, int comparison) {
        return PairScorer.level(levels(pair), comparison);
    }

    /** Calls {@code visitor} for every pair in order without a lookup per pair. */
    void forEach(PairVisitor visitor) {
        int index = 0;
        for (PairChunk c : chunks) {
            for (int i = 0; i < c.size; i++) {
                visitor.visit(index++, c.left[i], c.right[i], c.weight[i], c.flags[i] & 0xFF);
            }
        }
    }

    interface PairVisitor {
        void visit(int pair, int a, int b, float weight, int flags);
    }

    @Override
    public long[] decisionCounts() {
        long[] counts = new long[DECISIONS.length];
        for (PairChunk c : chunks) {
            for (int i = 0; i < c.size; i++) {
                counts[c.flags[i] & 3]++;
            }
        }
        return counts;
    }

    @Override
    public ScoredPair pair(int pair) {
        int flags = flags(pair);
        return describe(settings, scorer, left(pair), right(pair), levels(pair), matchWeight(pair), flags, blockedBy(pair));
    }

    static ScoredPair describe(MatchSettings settings, PairScorer scorer, int a, int b, long levels, double weight,
                               int flags, int blockedBy) {
        List<FieldScore> fields = new ArrayList<>();
        for (int f = 0; f < scorer.fieldCount(); f++) {
            FieldComparison c = settings.comparisons().get(f);
            int level = PairScorer.level(levels, f);
            double tf = scorer.termFrequency(f) && level == scorer.exactLevel(f) ? scorer.tfAdjustment(f, a) : 0;
            fields.add(new FieldScore(c.field(), scorer.value(f, a), scorer.value(f, b), level, c.label(level),
                    scorer.fieldWeight(f, level) + tf, tf));
        }
        int rule = (flags >> 4) - 1;
        DecisionReason reason = REASONS[(flags >> 2) & 3];
        String ruleText = reason == DecisionReason.RULE && rule >= 0 ? settings.rules().get(rule).text()
                : reason == DecisionReason.CLERK ? "clerk decision" : "";
        return new ScoredPair(a, b, fields, scorer.priorWeight(), weight, PairScorer.probability(weight),
                DECISIONS[flags & 3], reason, ruleText, blockedBy);
    }
}
