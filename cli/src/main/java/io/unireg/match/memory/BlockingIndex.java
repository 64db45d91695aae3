package io.unireg.match.memory;

import io.unireg.match.BlockingPlan;
import io.unireg.match.BlockingRule;
import io.unireg.match.FieldExpression;
import io.unireg.match.KeyFunction;
import io.unireg.match.MatchMode;
import io.unireg.match.MatchSettings;
import io.unireg.match.RuleCount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Per blocking rule: a 64-bit key hash per record (0 = no key) and the records sorted by it, packed
 * {@code hash-high-bits | record id} in one {@code long[]} so one primitive parallel sort builds the
 * index. Groups are runs of equal high bits (a rare high-bit collision only adds candidate pairs,
 * never loses one). Pair counts come from group sizes alone, before any pair is made.
 */
final class BlockingIndex {

    final MatchSettings settings;
    final PreparedRecords data;
    /** keyHash[rule][record], 0 when the record has no key for the rule. */
    final long[][] keyHash;
    /** sorted[rule]: packed (hash high bits | id) of records with a key, sorted. */
    final long[][] sorted;
    final int idBits;
    final long idMask;
    /** groupStart[rule]: start offsets of groups with 2+ records, plus the end offset. */
    final int[][] groupBounds;
    final long[] pairCounts;

    BlockingIndex(MatchSettings settings, PreparedRecords data) {
        this.settings = settings;
        this.data = data;
        int rules = settings.blocking().size();
        idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, data.size)));
        idMask = (1L << idBits) - 1;
        keyHash = new long[rules][];
        sorted = new long[rules][];
        groupBounds = new int[rules][];
        pairCounts = new long[rules];
        for (int r = 0; r < rules; r++) {
            keyHash[r] = hashes(settings.blocking().get(r));
            long[] packed = new long[data.size];
            int n = 0;
            for (int i = 0; i < data.size; i++) {
                long h = keyHash[r][i];
                if (h != 0) {
                    packed[n++] = (h & ~idMask) | i;
                }
            }
            packed = Arrays.copyOf(packed, n);
            Arrays.parallelSort(packed);
            sorted[r] = packed;
            groupBounds[r] = groups(packed, r);
        }
    }

    private long[] hashes(BlockingRule rule) {
        long[] out = new long[data.size];
        Arrays.fill(out, 0x9E3779B97F4A7C15L);
        for (FieldExpression e : rule.keys()) {
            FieldColumn c = data.columns[e.fieldIndex()];
            long[] perValue = new long[c.values.length];
            IntStream.range(0, perValue.length).parallel().forEach(v -> {
                String key = e.function() == null ? c.values[v]
                        : KeyFunction.byName().get(e.function()).apply(c.values[v], e.argument());
                perValue[v] = key == null || key.isEmpty() ? 0 : hash(key);
            });
            for (int i = 0; i < data.size; i++) {
                int id = c.ids[i];
                long h = id < 0 ? 0 : perValue[id];
                out[i] = out[i] == 0 || h == 0 ? 0 : mix(out[i] * 31 + h);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                continue;
            }
            if ((out[i] & ~idMask) == 0) {
                out[i] |= 1L << 62;
            }
        }
        return out;
    }

    static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h) | 1;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Group boundaries (groups of 2+ only) and the rule's pair count. */
    private int[] groups(long[] packed, int rule) {
        int[] bounds = new int[16];
        int nb = 0;
        long pairs = 0;
        boolean link = settings.mode() == MatchMode.LINK;
        int[] perSource = link ? new int[data.sources.length] : null;
        int i = 0;
        while (i < packed.length) {
            long key = packed[i] & ~idMask;
            int j = i + 1;
            while (j < packed.length && (packed[j] & ~idMask) == key) {
                j++;
            }
            if (j - i >= 2) {
                long size = j - i;
                long groupPairs = size * (size - 1) / 2;
                if (link) {
                    Arrays.fill(perSource, 0);
                    for (int k = i; k < j; k++) {
                        perSource[data.sourceOf[(int) (packed[k] & idMask)]]++;
                    }
                    for (int s : perSource) {
                        groupPairs -= (long) s * (s - 1) / 2;
                    }
                }
                if (groupPairs > 0) {
                    if (nb + 2 >= bounds.length) {
                        bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    }
                    bounds[nb++] = i;
                    bounds[nb++] = j;
                    pairs += groupPairs;
                }
            }
            i = j;
        }
        pairCounts[rule] = pairs;
        return Arrays.copyOf(bounds, nb);
    }

    int id(int rule, int position) {
        return (int) (sorted[rule][position] & idMask);
    }

    /** Whether an earlier rule than {@code rule} already puts a and b in one group. */
    boolean foundEarlier(int rule, int a, int b) {
        for (int r = 0; r < rule; r++) {
            long h = keyHash[r][a];
            if (h != 0 && h == keyHash[r][b]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first rule that puts a and b in one group — the rule a run compares them under — or -1 when
     * none does (in link mode also when they come from the same source). Same test as the groups: equal
     * high bits of the key hash.
     */
    int firstRule(int a, int b) {
        if (settings.mode() == MatchMode.LINK && data.sourceOf[a] == data.sourceOf[b]) {
            return -1;
        }
        for (int r = 0; r < keyHash.length; r++) {
            long h = keyHash[r][a];
            if (h != 0 && keyHash[r][b] != 0 && (h & ~idMask) == (keyHash[r][b] & ~idMask)) {
                return r;
            }
        }
        return -1;
    }

    BlockingPlan plan() {
        List<RuleCount> counts = new ArrayList<>();
        long limit = settings.maxPairsPerRule();
        for (int r = 0; r < sorted.length; r++) {
            int[] b = groupBounds[r];
            int largest = 0;
            int largestAt = -1;
            for (int g = 0; g < b.length; g += 2) {
                if (b[g + 1] - b[g] > largest) {
                    largest = b[g + 1] - b[g];
                    largestAt = b[g];
                }
            }
            BlockingRule rule = settings.blocking().get(r);
            String key = largestAt < 0 ? "" : keyText(rule, id(r, largestAt));
            boolean refused = pairCounts[r] > limit;
            String advice = refused ? String.format(Locale.ROOT,
                    "rule %s would make %,d candidate pairs (limit max_pairs_per_rule %,d); its largest group (%s) has %,d records. "
                            + "Add a more selective field to the rule (e.g. a birth date or a name key), split it into narrower rules, "
                            + "or raise max_pairs_per_rule if the machine can afford it",
                    rule, pairCounts[r], limit, key, largest) : "";
            counts.add(new RuleCount(rule, pairCounts[r], largest, key, refused, advice));
        }
        return new BlockingPlan(counts, limit);
    }

    private String keyText(BlockingRule rule, int record) {
        StringBuilder s = new StringBuilder();
        for (FieldExpression e : rule.keys()) {
            String k = KeyFunction.key(e, data.records.get(record).values());
            s.append(s.length() == 0 ? "" : ", ").append(e).append(" = '").append(k).append('\'');
        }
        return s.toString();
    }
}
