package io.unireg.match.memory;

import io.unireg.match.ComparisonLevel;
import io.unireg.match.DeterministicRule;
import io.unireg.match.FieldComparison;
import io.unireg.match.FieldParameters;
import io.unireg.match.IdentifierField;
import io.unireg.match.LevelParameters;
import io.unireg.match.MatchSettings;
import io.unireg.match.TrainedParameters;

import java.util.List;

/**
 * Compares two prepared records: level per field (packed 4 bits a field in a long), match weight,
 * deterministic rules. Stateless after construction, so both cores share one instance.
 */
final class PairScorer {

    static final int MAX_FIELDS = 16;
    private static final int EXACT = 0, JARO = 1, LEV = 2, NAME = 3, WITHIN = 4, SWAP = 5, YEAR = 6, NUMERIC = 7, CROSS = 8;
    private static final double LOG2 = Math.log(2);
    /** Jaro–Winkler at which the second crosswise pair of a swap counts as the same name with a typo. */
    static final double CROSSWISE_SIMILAR = 0.8;

    private final int fieldCount;
    private final FieldColumn[] cols;
    private final int[][] kinds;
    /** others[f][l]: the column a crosswise level compares with, else null. */
    private final FieldColumn[][] others;
    private final double[][] params;
    private final int[] elseLevel;
    private final int[] exactLevel;
    private final boolean[] termFrequency;
    /** weights[f][level]; null until parameters are set. */
    private final double[][] weights;
    private final double[] uExact;
    private final double prior;
    private final int[][] ruleFields;
    private final boolean[] ruleSame;
    private final int[][] ruleIdentifier;
    private final PreparedRecords data;

    PairScorer(MatchSettings settings, PreparedRecords data, TrainedParameters parameters) {
        List<FieldComparison> comps = settings.comparisons();
        if (comps.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("at most " + MAX_FIELDS + " compared fields, got " + comps.size());
        }
        this.data = data;
        fieldCount = comps.size();
        cols = new FieldColumn[fieldCount];
        kinds = new int[fieldCount][];
        others = new FieldColumn[fieldCount][];
        params = new double[fieldCount][];
        elseLevel = new int[fieldCount];
        exactLevel = new int[fieldCount];
        termFrequency = new boolean[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
            FieldComparison c = comps.get(f);
            if (c.levelCount() > 16) {
                throw new IllegalArgumentException(c.field() + ": at most 14 levels");
            }
            cols[f] = data.column(c);
            elseLevel[f] = c.elseLevel();
            termFrequency[f] = c.termFrequency();
            exactLevel[f] = -1;
            kinds[f] = new int[c.levels().size()];
            others[f] = new FieldColumn[c.levels().size()];
            params[f] = new double[c.levels().size()];
            for (int l = 0; l < c.levels().size(); l++) {
                ComparisonLevel level = c.levels().get(l);
                if (level instanceof ComparisonLevel.Exact) {
                    kinds[f][l] = EXACT;
                    if (exactLevel[f] < 0) {
                        exactLevel[f] = l + 1;
                    }
                } else if (level instanceof ComparisonLevel.JaroWinkler j) {
                    kinds[f][l] = JARO;
                    params[f][l] = j.threshold();
                } else if (level instanceof ComparisonLevel.Levenshtein v) {
                    kinds[f][l] = LEV;
                    params[f][l] = v.maxEdits();
                } else if (level instanceof ComparisonLevel.NameEquivalent) {
                    kinds[f][l] = NAME;
                    cols[f].nameKeys();
                } else if (level instanceof ComparisonLevel.DateWithin d) {
                    kinds[f][l] = WITHIN;
                    params[f][l] = d.days();
                    cols[f].ymd();
                } else if (level instanceof ComparisonLevel.DayMonthSwapped) {
                    kinds[f][l] = SWAP;
                    cols[f].ymd();
                } else if (level instanceof ComparisonLevel.SameYear) {
                    kinds[f][l] = YEAR;
                    cols[f].ymd();
                } else if (level instanceof ComparisonLevel.NumericWithin n) {
                    kinds[f][l] = NUMERIC;
                    params[f][l] = n.tolerance();
                    cols[f].numbers();
                } else if (level instanceof ComparisonLevel.Crosswise x) {
                    kinds[f][l] = CROSS;
                    others[f][l] = data.columns[x.otherFieldIndex()];
                }
            }
        }
        if (parameters != null) {
            weights = new double[fieldCount][];
            uExact = new double[fieldCount];
            for (int f = 0; f < fieldCount; f++) {
                FieldParameters fp = parameters.fields().get(f);
                weights[f] = new double[fp.levels().size()];
                for (int l = 1; l < fp.levels().size(); l++) {
                    weights[f][l] = fp.levels().get(l).weight();
                }
                uExact[f] = exactLevel[f] > 0 ? fp.levels().get(exactLevel[f]).u() : 0;
            }
            prior = parameters.priorWeight();
        } else {
            weights = null;
            uExact = null;
            prior = 0;
        }
        List<DeterministicRule> rules = settings.rules();
        ruleFields = new int[rules.size()][];
        ruleSame = new boolean[rules.size()];
        ruleIdentifier = new int[rules.size()][];
        List<IdentifierField> ids = settings.identifiers();
        for (int r = 0; r < rules.size(); r++) {
            DeterministicRule rule = rules.get(r);
            ruleSame[r] = rule.kind() == DeterministicRule.Kind.SAME;
            ruleFields[r] = rule.fieldIndexes().stream().mapToInt(Integer::intValue).toArray();
            ruleIdentifier[r] = new int[ruleFields[r].length];
            for (int k = 0; k < ruleFields[r].length; k++) {
                ruleIdentifier[r][k] = -1;
                for (int i = 0; i < ids.size(); i++) {
                    if (ids.get(i).fieldIndex() == ruleFields[r][k]) {
                        ruleIdentifier[r][k] = i;
                    }
                }
            }
        }
    }

    PairScorer withParameters(MatchSettings settings, TrainedParameters parameters) {
        return new PairScorer(settings, data, parameters);
    }

    int fieldCount() {
        return fieldCount;
    }

    int elseLevel(int f) {
        return elseLevel[f];
    }

    /** Every field's level, 4 bits each (field 0 lowest). */
    long levels(int a, int b) {
        long packed = 0;
        for (int f = 0; f < fieldCount; f++) {
            packed |= (long) level(f, a, b) << (4 * f);
        }
        return packed;
    }

    static int level(long packed, int f) {
        return (int) (packed >>> (4 * f)) & 0xF;
    }

    int level(int f, int a, int b) {
        FieldColumn c = cols[f];
        int ia = c.ids[a];
        int ib = c.ids[b];
        if (ia < 0 || ib < 0) {
            return 0;
        }
        int[] k = kinds[f];
        double jw = -1;
        for (int l = 0; l < k.length; l++) {
            boolean holds;
            switch (k[l]) {
                case EXACT -> holds = ia == ib;
                case JARO -> {
                    if (jw < 0) {
                        jw = ia == ib ? 1.0 : Similarity.jaroWinkler(c.values[ia], c.values[ib]);
                    }
                    holds = jw >= params[f][l];
                }
                case LEV -> holds = ia == ib || Similarity.levenshteinAtMost(c.values[ia], c.values[ib], (int) params[f][l]);
                case NAME -> {
                    int[] nk = c.nameKeys();
                    holds = nk[ia] == nk[ib];
                }
                case WITHIN -> {
                    int[] d = c.epochDays();
                    holds = d[ia] != FieldColumn.NO_DATE && d[ib] != FieldColumn.NO_DATE
                            && Math.abs(d[ia] - d[ib]) <= params[f][l];
                }
                case SWAP -> {
                    int[] y = c.ymd();
                    int x = y[ia];
                    int z = y[ib];
                    holds = x != FieldColumn.NO_DATE && z != FieldColumn.NO_DATE && x != z
                            && x / 10000 == z / 10000 && x / 100 % 100 == z % 100 && x % 100 == z / 100 % 100;
                }
                case YEAR -> {
                    int[] y = c.ymd();
                    holds = y[ia] != FieldColumn.NO_DATE && y[ia] / 10000 == y[ib] / 10000;
                }
                case NUMERIC -> {
                    double[] num = c.numbers();
                    holds = !Double.isNaN(num[ia]) && !Double.isNaN(num[ib]) && Math.abs(num[ia] - num[ib]) <= params[f][l];
                }
                case CROSS -> holds = crosswise(c.values[ia], c.values[ib], others[f][l].value(a), others[f][l].value(b));
                default -> throw new IllegalStateException("level kind " + k[l]);
            }
            if (holds) {
                return l + 1;
            }
        }
        return elseLevel[f];
    }

    /**
     * Names written in each other's fields: one crosswise pair is equal and the other does not
     * contradict it (equal, similar — a typo — or missing). One coincidence alone ("Isaac James" vs
     * "James Dixon") is not a swap, and would otherwise count twice (once for each field).
     */
    static boolean crosswise(String xa, String xb, String ya, String yb) {
        boolean first = yb != null && yb.equals(xa);
        boolean second = ya != null && ya.equals(xb);
        if (first && second) {
            return true;
        }
        if (first) {
            return ya == null || Similarity.jaroWinkler(ya, xb) >= CROSSWISE_SIMILAR;
        }
        if (second) {
            return yb == null || Similarity.jaroWinkler(yb, xa) >= CROSSWISE_SIMILAR;
        }
        return false;
    }

    /** Prior + field weights + term-frequency adjustments. */
    double weight(long packed, int a, int b) {
        double w = prior;
        for (int f = 0; f < fieldCount; f++) {
            int l = level(packed, f);
            w += weights[f][l];
            if (termFrequency[f] && l == exactLevel[f]) {
                w += tfAdjustment(f, a);
            }
        }
        return w;
    }

    double fieldWeight(int f, int level) {
        return weights[f][level];
    }

    double priorWeight() {
        return prior;
    }

    /** log2(u_exact / tf(value)): positive for a rare value, negative for a common one (Splink's rule). */
    double tfAdjustment(int f, int a) {
        FieldColumn c = cols[f];
        double tf = c.termFrequency(c.ids[a]);
        return Math.log(uExact[f] / Math.max(tf, 1e-9)) / LOG2;
    }

    boolean termFrequency(int f) {
        return termFrequency[f];
    }

    int exactLevel(int f) {
        return exactLevel[f];
    }

    String value(int f, int record) {
        return cols[f].value(record);
    }

    /**
     * The first deterministic rule that decides the pair, {@code DIFFERENT} rules before {@code SAME} ones:
     * its index, or -1.
     */
    int rule(int a, int b) {
        int same = -1;
        for (int r = 0; r < ruleFields.length; r++) {
            if (ruleSame[r]) {
                if (same < 0 && allSame(r, a, b)) {
                    same = r;
                }
            } else if (anyDifferent(r, a, b)) {
                return r;
            }
        }
        return same;
    }

    boolean ruleIsSame(int r) {
        return ruleSame[r];
    }

    private boolean allSame(int r, int a, int b) {
        int[] fs = ruleFields[r];
        for (int k = 0; k < fs.length; k++) {
            FieldColumn c = data.columns[fs[k]];
            int ia = c.ids[a];
            if (ia < 0 || ia != c.ids[b]) {
                return false;
            }
            int id = ruleIdentifier[r][k];
            if (id >= 0 && !data.validValue[id][ia]) {
                return false;
            }
        }
        return true;
    }

    private boolean anyDifferent(int r, int a, int b) {
        int[] fs = ruleFields[r];
        for (int k = 0; k < fs.length; k++) {
            FieldColumn c = data.columns[fs[k]];
            int ia = c.ids[a];
            int ib = c.ids[b];
            if (ia < 0 || ib < 0 || ia == ib) {
                continue;
            }
            int id = ruleIdentifier[r][k];
            if (id < 0 || (data.validValue[id][ia] && data.validValue[id][ib])) {
                return true;
            }
        }
        return false;
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }

    static LevelParameters level(String label, double m, double u) {
        return new LevelParameters(label, m, u);
    }
}
