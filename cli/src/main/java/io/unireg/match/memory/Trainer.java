package io.unireg.match.memory;

import io.unireg.match.BlockingRule;
import io.unireg.match.FieldComparison;
import io.unireg.match.FieldExpression;
import io.unireg.match.FieldParameters;
import io.unireg.match.LevelParameters;
import io.unireg.match.MatchMode;
import io.unireg.match.MatchSettings;
import io.unireg.match.TrainedParameters;
import io.unireg.match.TrainingSettings;
import io.unireg.match.TrainingSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates Fellegi–Sunter parameters the way Splink does: u from random pairs (nearly all of them
 * non-matches), then m by EM with u fixed, one EM session per blocking rule over that rule's candidate
 * pairs, each session leaving out the fields its rule blocks on (they agree on every candidate pair, so
 * they say nothing there). m for a field is the average over the sessions that could see it. The prior
 * comes from the expected number of matches among all candidate pairs.
 */
final class Trainer {

    private static final double M_FLOOR = 1e-5;
    /**
     * Jeffreys prior on m: half a pair per level in every EM M-step (a MAP estimate). A level the
     * candidate pairs rarely reach gets an m that reflects how little is known about it, not EM's
     * drift towards zero (which gave "within 2 days" a weight of −4.1 on data where it only ever
     * joins duplicates).
     */
    static final double M_PSEUDO_PAIRS = 0.5;

    private final MatchSettings settings;
    private final PreparedRecords data;
    private final BlockingIndex index;
    private final PairScorer scorer;
    private final int fields;

    Trainer(MatchSettings settings, PreparedRecords data, BlockingIndex index, PairScorer scorer) {
        this.settings = settings;
        this.data = data;
        this.index = index;
        this.scorer = scorer;
        this.fields = settings.comparisons().size();
    }

    TrainedParameters train() {
        TrainingSettings ts = settings.training();
        long[][] uCounts = new long[fields][];
        for (int f = 0; f < fields; f++) {
            uCounts[f] = new long[settings.comparisons().get(f).levelCount()];
        }
        long sampled = sampleRandomPairs(ts, uCounts);
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            u[f] = distribution(uCounts[f], 1.0);
        }

        int rules = settings.blocking().size();
        double[][][] mSessions = new double[rules][][];
        double[] lambdaSessions = new double[rules];
        boolean[][] excluded = new boolean[rules][fields];
        PatternCounts[] newPairs = new PatternCounts[rules];
        double[] newScale = new double[rules];
        long emPairs = 0;
        boolean converged = true;
        int maxIterations = 0;
        for (int r = 0; r < rules; r++) {
            excluded[r] = blockedFields(settings.blocking().get(r));
            PatternCounts all = new PatternCounts();
            newPairs[r] = new PatternCounts();
            long total = index.pairCounts[r];
            double rate = total <= ts.maxTrainingPairs() ? 1.0 : (double) ts.maxTrainingPairs() / total;
            collect(r, rate, ts.seed(), all, newPairs[r]);
            newScale[r] = 1.0 / rate;
            emPairs += all.total();
            Em em = new Em(all.toArrays(), u, excluded[r]);
            em.run(ts.emIterations());
            converged &= em.converged;
            maxIterations = Math.max(maxIterations, em.iterations);
            mSessions[r] = em.m;
            lambdaSessions[r] = em.lambda;
        }
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            double[] sum = new double[u[f].length];
            int seen = 0;
            for (int r = 0; r < rules; r++) {
                if (!excluded[r][f]) {
                    for (int l = 0; l < sum.length; l++) {
                        sum[l] += mSessions[r][f][l];
                    }
                    seen++;
                }
            }
            if (seen == 0) {
                // blocked on by every rule: the sessions' (biased) estimate is all there is
                for (int r = 0; r < rules; r++) {
                    for (int l = 0; l < sum.length; l++) {
                        sum[l] += mSessions[r][f][l];
                    }
                }
                seen = rules;
            }
            for (int l = 0; l < sum.length; l++) {
                sum[l] /= seen;
            }
            m[f] = monotone(normalise(sum), u[f]);
        }
        double expectedMatches = 0;
        for (int r = 0; r < rules; r++) {
            Em em = new Em(newPairs[r].toArrays(), u, excluded[r]);
            em.m = m;
            em.lambda = lambdaSessions[r];
            expectedMatches += em.expectedMatches() * newScale[r];
        }
        double totalPairs = totalPairs();
        double prior = totalPairs == 0 ? 1e-6 : Math.min(0.5, Math.max(1e-12, expectedMatches / totalPairs));
        List<FieldParameters> fps = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            FieldComparison c = settings.comparisons().get(f);
            List<LevelParameters> levels = new ArrayList<>();
            for (int l = 0; l < c.levelCount(); l++) {
                levels.add(new LevelParameters(c.label(l), l == 0 ? 1 : m[f][l], l == 0 ? 1 : u[f][l]));
            }
            fps.add(new FieldParameters(c.field(), levels));
        }
        return new TrainedParameters(TrainedParameters.FORMAT, settings.comparisonSignature(), prior, fps,
                new TrainingSummary(data.size, sampled, emPairs, maxIterations, converged,
                        "u from random pairs; m by EM per blocking rule (u fixed); prior from expected matches among candidate pairs"));
    }

    private boolean[] blockedFields(BlockingRule rule) {
        boolean[] out = new boolean[fields];
        for (int f = 0; f < fields; f++) {
            for (FieldExpression e : rule.keys()) {
                if (e.fieldIndex() == settings.comparisons().get(f).fieldIndex()) {
                    out[f] = true;
                }
            }
        }
        return out;
    }

    private double totalPairs() {
        double n = data.size;
        if (settings.mode() != MatchMode.LINK) {
            return n * (n - 1) / 2;
        }
        long[] perSource = new long[data.sources.length];
        for (int s : data.sourceOf) {
            perSource[s]++;
        }
        double within = 0;
        for (long s : perSource) {
            within += (double) s * s;
        }
        return (n * n - within) / 2;
    }

    private long sampleRandomPairs(TrainingSettings ts, long[][] uCounts) {
        int n = data.size;
        if (n < 2) {
            return 0;
        }
        long target = (long) Math.min(ts.randomPairs(), Math.max(1, totalPairs()));
        boolean link = settings.mode() == MatchMode.LINK;
        // a fixed number of slices, each with its own seed: the same sample on any number of cores
        int slices = 16;
        List<long[][]> parts = PairTasks.runAll(slices, slice -> {
            long[][] counts = new long[fields][];
            for (int f = 0; f < fields; f++) {
                counts[f] = new long[uCounts[f].length];
            }
            SplittableRandom random = new SplittableRandom(ts.seed() * 31 + slice);
            long want = target / slices + (slice < target % slices ? 1 : 0);
            long taken = 0;
            long tries = 0;
            while (taken < want && tries < want * 20) {
                tries++;
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a == b || (link && data.sourceOf[a] == data.sourceOf[b])) {
                    continue;
                }
                for (int f = 0; f < fields; f++) {
                    counts[f][scorer.level(f, a, b)]++;
                }
                taken++;
            }
            return counts;
        });
        long taken = 0;
        for (long[][] p : parts) {
            for (int f = 0; f < fields; f++) {
                for (int l = 0; l < p[f].length; l++) {
                    uCounts[f][l] += p[f][l];
                    if (f == 0) {
                        taken += p[f][l];
                    }
                }
            }
        }
        return taken;
    }

    /** Candidate pairs of rule {@code r} sampled at {@code rate} (by a hash of the pair: deterministic, order-free). */
    private void collect(int r, double rate, long seed, PatternCounts all, PatternCounts fresh) {
        List<PairTasks.Task> tasks = PairTasks.split(index, r, 200_000);
        long threshold = rate >= 1 ? Long.MAX_VALUE : (long) (rate * (double) (1L << 62));
        List<PatternCounts[]> parts = PairTasks.runAll(tasks.size(), t -> {
            PatternCounts a = new PatternCounts();
            PatternCounts nw = new PatternCounts();
            PairTasks.walk(index, tasks.get(t), false, (x, y) -> {
                if (threshold != Long.MAX_VALUE && (BlockingIndex.mix(((long) x << 32 | y) ^ seed) >>> 2) >= threshold) {
                    return;
                }
                long p = scorer.levels(x, y);
                a.add(p, 1);
                if (r == 0 || !index.foundEarlier(r, x, y)) {
                    nw.add(p, 1);
                }
            });
            return new PatternCounts[]{a, nw};
        });
        for (PatternCounts[] p : parts) {
            all.addAll(p[0]);
            fresh.addAll(p[1]);
        }
    }

    /** Non-null levels' shares with a pseudo-count, so no level has probability 0; index 0 (null) stays 0. */
    private static double[] distribution(long[] counts, double pseudo) {
        double[] out = new double[counts.length];
        double total = 0;
        for (int l = 1; l < counts.length; l++) {
            total += counts[l] + pseudo;
        }
        for (int l = 1; l < counts.length; l++) {
            out[l] = (counts[l] + pseudo) / total;
        }
        return out;
    }

    /**
     * The job lists a field's levels from strongest to weakest evidence, so the likelihood ratio m/u
     * (the weight) may not rise from one level to the next, {@code else} included. Adjacent levels that
     * break the order are pooled (pool-adjacent-violators): each gets the block's Σm / Σu, which keeps
     * Σm and is the maximum-likelihood ratio under that order. Level 0 ({@code null}) is not part of it.
     */
    static double[] monotone(double[] m, double[] u) {
        int n = m.length - 1;
        double[] sumM = new double[n];
        double[] sumU = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int l = 1; l <= n; l++) {
            sumM[blocks] = m[l];
            sumU[blocks] = u[l];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && sumM[blocks - 2] * sumU[blocks - 1] < sumM[blocks - 1] * sumU[blocks - 2]) {
                sumM[blocks - 2] += sumM[blocks - 1];
                sumU[blocks - 2] += sumU[blocks - 1];
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[m.length];
        int l = 1;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < size[b]; k++, l++) {
                out[l] = size[b] == 1 ? m[l] : u[l] * sumM[b] / sumU[b];
            }
        }
        return out;
    }

    private static double[] normalise(double[] p) {
        double total = 0;
        double[] out = new double[p.length];
        for (int l = 1; l < p.length; l++) {
            out[l] = Math.max(p[l], M_FLOOR);
            total += out[l];
        }
        for (int l = 1; l < p.length; l++) {
            out[l] /= total;
        }
        return out;
    }

    /** One EM session over a pattern histogram, u fixed. */
    private final class Em {
        final long[] patterns;
        final long[] counts;
        final double[][] u;
        final boolean[] excluded;
        double[][] m;
        double lambda = 0.3;
        boolean converged;
        int iterations;

        Em(long[][] histogram, double[][] u, boolean[] excluded) {
            this.patterns = histogram[0];
            this.counts = histogram[1];
            this.u = u;
            this.excluded = excluded;
            m = new double[fields][];
            for (int f = 0; f < fields; f++) {
                int levels = u[f].length;
                double[] init = new double[levels];
                // first listed level likely for matches, the rest share what is left, "else" least
                init[1] = 0.9;
                for (int l = 2; l < levels; l++) {
                    init[l] = 0.1 / (levels - 2);
                }
                m[f] = normalise(init);
            }
        }

        double posterior(long pattern) {
            double pm = lambda;
            double pu = 1 - lambda;
            for (int f = 0; f < fields; f++) {
                if (excluded[f]) {
                    continue;
                }
                int l = PairScorer.level(pattern, f);
                if (l == 0) {
                    continue;
                }
                pm *= m[f][l];
                pu *= u[f][l];
            }
            double sum = pm + pu;
            return sum == 0 ? 0 : pm / sum;
        }

        void run(int maxIterations) {
            if (patterns.length == 0) {
                converged = true;
                return;
            }
            for (iterations = 1; iterations <= maxIterations; iterations++) {
                double[][] next = new double[fields][];
                for (int f = 0; f < fields; f++) {
                    next[f] = new double[u[f].length];
                }
                double matches = 0;
                double total = 0;
                for (int p = 0; p < patterns.length; p++) {
                    double w = posterior(patterns[p]) * counts[p];
                    matches += w;
                    total += counts[p];
                    for (int f = 0; f < fields; f++) {
                        next[f][PairScorer.level(patterns[p], f)] += w;
                    }
                }
                double change = Math.abs(lambda - matches / total);
                lambda = Math.min(1 - 1e-9, Math.max(1e-9, matches / total));
                for (int f = 0; f < fields; f++) {
                    if (excluded[f]) {
                        continue;
                    }
                    for (int l = 1; l < next[f].length; l++) {
                        next[f][l] += M_PSEUDO_PAIRS;
                    }
                    double[] nm = normalise(next[f]);
                    for (int l = 1; l < nm.length; l++) {
                        change = Math.max(change, Math.abs(nm[l] - m[f][l]));
                    }
                    m[f] = nm;
                }
                if (change < 1e-6) {
                    converged = true;
                    return;
                }
            }
            iterations = maxIterations;
        }

        double expectedMatches() {
            double e = 0;
            for (int p = 0; p < patterns.length; p++) {
                e += posterior(patterns[p]) * counts[p];
            }
            return e;
        }
    }

    static double[] copy(double[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
