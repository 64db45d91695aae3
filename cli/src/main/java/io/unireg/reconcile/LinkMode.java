package io.unireg.reconcile;

import io.unireg.match.BlockingPlan;
import io.unireg.match.BlockingRule;
import io.unireg.match.Decision;
import io.unireg.match.FieldExpression;
import io.unireg.match.KeyFunction;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.ParametersFile;
import io.unireg.match.RuleCount;
import io.unireg.match.ScoredPairs;
import io.unireg.match.TrainedParameters;
import io.unireg.match.memory.InMemoryMatcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The matching engine in link mode for the local records no identifier reached. Only state records that
 * share a blocking key with one of those local records (and that no identifier already claimed) enter
 * the engine, so a two-million-record extract costs one pass over its blocking fields, not an index.
 */
public final class LinkMode {

    /** A state record the engine put above the review threshold (or a deterministic rule matched). */
    public record Candidate(int state, double probability, Decision decision) {
    }

    /** What link mode worked on, for the manifest. */
    public record Figures(int localRecords, int stateCandidates, long comparedPairs, boolean trainedInRun) {
    }

    /** Per unreached local record (same order), its candidates, best first. */
    public record Result(List<List<Candidate>> candidates, Figures figures) {
    }

    private static final String LOCAL = "local";
    private static final String STATE = "state";

    private final ReconcilePlan plan;
    private final StateTable state;

    LinkMode(ReconcilePlan plan, StateTable state) {
        this.plan = plan;
        this.state = state;
    }

    Result run(List<LocalRecord> locals, List<Integer> unreached, BitSet reached) throws ReconcileRefused, IOException {
        MatchSettings settings = plan.link();
        List<BlockingRule> rules = settings.blocking();
        List<Set<String>> wanted = new ArrayList<>();
        KeyParts parts = new KeyParts(rules);
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            Set<String> keys = new HashSet<>();
            for (int p = 0; p < rule.keys().size(); p++) {
                parts.localPart(r, p, "");
            }
            for (int i : unreached) {
                String[] values = locals.get(i).values();
                String k = key(rule, values);
                if (k != null) {
                    keys.add(k);
                    for (int p = 0; p < rule.keys().size(); p++) {
                        parts.localPart(r, p, KeyFunction.key(rule.keys().get(p), values));
                    }
                }
            }
            wanted.add(keys);
        }
        List<MatchRecord> records = new ArrayList<>(unreached.size() * 2);
        for (int i : unreached) {
            records.add(new MatchRecord(records.size(), LOCAL, Integer.toString(i), locals.get(i).values()));
        }
        int localCount = records.size();
        List<Integer> stateOf = new ArrayList<>();
        for (int r = reached.nextClearBit(0); r < state.size(); r = reached.nextClearBit(r + 1)) {
            for (int k = 0; k < rules.size(); k++) {
                String key = parts.key(k, r, wanted.get(k));
                if (key != null && wanted.get(k).contains(key)) {
                    records.add(new MatchRecord(records.size(), STATE, state.key(r), state.values(r)));
                    stateOf.add(r);
                    break;
                }
            }
        }
        List<List<Candidate>> candidates = new ArrayList<>(unreached.size());
        for (int i = 0; i < unreached.size(); i++) {
            candidates.add(new ArrayList<>(1));
        }
        if (stateOf.isEmpty()) {
            return new Result(candidates, new Figures(localCount, 0, 0, false));
        }
        InMemoryMatcher engine = new InMemoryMatcher();
        BlockingPlan blocking = engine.plan(settings, records);
        if (!blocking.runnable()) {
            List<String> lines = new ArrayList<>();
            for (RuleCount r : blocking.refused()) {
                lines.add(String.format(Locale.ROOT, "reconcile.link: blocking rule %s would make %,d pairs (limit %,d; largest group %,d records with key '%s'): %s",
                        r.rule(), r.candidatePairs(), blocking.maxPairsPerRule(), r.largestGroup(), r.largestKey(), r.advice()));
            }
            throw new ReconcileRefused(lines);
        }
        TrainedParameters pinned = null;
        if (settings.parameters().isPresent()) {
            pinned = ParametersFile.read(settings.parameters().get());
            if (!pinned.fits(settings)) {
                throw new ReconcileRefused(List.of("reconcile.link: " + settings.parameters().get()
                        + ": these parameters were trained for other comparisons"));
            }
        }
        MatchResult result = engine.run(settings, pinned, records, MatchConstraints.NONE);
        ScoredPairs pairs = result.pairs();
        for (int p = 0; p < pairs.size(); p++) {
            Decision d = pairs.decision(p);
            if (d == Decision.NON_MATCH) {
                continue;
            }
            int a = pairs.left(p);
            int b = pairs.right(p);
            int local = Math.min(a, b);
            int other = Math.max(a, b);
            if (local >= localCount || other < localCount) {
                continue; // link mode pairs only across the two sides; kept as a guard
            }
            candidates.get(local).add(new Candidate(stateOf.get(other - localCount), pairs.probability(p), d));
        }
        Comparator<Candidate> order = Comparator.comparing((Candidate c) -> c.decision() != Decision.MATCH)
                .thenComparing(Candidate::probability, Comparator.reverseOrder()).thenComparingInt(Candidate::state);
        for (List<Candidate> list : candidates) {
            list.sort(order);
        }
        return new Result(candidates, new Figures(localCount, stateOf.size(), pairs.size(), pinned == null));
    }

    /**
     * Blocking keys of state records, cheaply: a key function (name_key…) runs once per distinct value of a
     * dictionary column, and a rule stops at its first part no local record has.
     */
    private final class KeyParts {
        private final List<BlockingRule> rules;
        /** Per rule, per key part: the parts local records give (a state record lacking one cannot block with them). */
        private final List<List<Set<String>>> localParts = new ArrayList<>();
        /** Per field and function: the key of each dictionary code. */
        private final java.util.Map<String, String[]> memo = new java.util.HashMap<>();
        private final String[] one = new String[state.width()];

        KeyParts(List<BlockingRule> rules) {
            this.rules = rules;
        }

        void localPart(int rule, int part, String value) {
            while (localParts.size() <= rule) {
                localParts.add(new ArrayList<>());
            }
            List<Set<String>> sets = localParts.get(rule);
            while (sets.size() <= part) {
                sets.add(new HashSet<>());
            }
            sets.get(part).add(value);
        }

        String key(int rule, int record, Set<String> wanted) {
            if (wanted.isEmpty()) {
                return null;
            }
            StringBuilder k = new StringBuilder();
            List<FieldExpression> expressions = rules.get(rule).keys();
            for (int p = 0; p < expressions.size(); p++) {
                String part = part(expressions.get(p), record);
                if (part == null || part.isEmpty() || !localParts.get(rule).get(p).contains(part)) {
                    return null;
                }
                k.append(part).append('\u0001');
            }
            return k.toString();
        }

        private String part(FieldExpression e, int record) {
            int f = e.fieldIndex();
            int code = state.code(record, f);
            if (code == -1) {
                return null;
            }
            if (e.function() == null || code == -2) {
                one[f] = state.value(record, f);
                return KeyFunction.key(e, one);
            }
            String[] keys = memo.computeIfAbsent(e.toString(), x -> new String[16]);
            if (code >= keys.length) {
                keys = java.util.Arrays.copyOf(keys, Math.max(code + 1, keys.length * 2));
                memo.put(e.toString(), keys);
            }
            String key = keys[code];
            if (key == null) {
                one[f] = state.value(record, f);
                key = KeyFunction.key(e, one);
                keys[code] = key == null ? "" : key;
            }
            return key;
        }
    }

    private static String key(BlockingRule rule, String[] values) {
        StringBuilder k = new StringBuilder();
        for (FieldExpression e : rule.keys()) {
            String part = KeyFunction.key(e, values);
            if (part == null || part.isEmpty()) {
                return null;
            }
            k.append(part).append('\u0001');
        }
        return k.toString();
    }
}
