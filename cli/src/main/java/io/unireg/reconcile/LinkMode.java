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
        for (BlockingRule rule : rules) {
            Set<String> keys = new HashSet<>();
            for (int i : unreached) {
                String k = key(rule, locals.get(i).values());
                if (k != null) {
                    keys.add(k);
                }
            }
            wanted.add(keys);
        }
        int[] keyFields = rules.stream().flatMap(r -> r.keys().stream()).mapToInt(FieldExpression::fieldIndex).distinct().toArray();
        List<MatchRecord> records = new ArrayList<>(unreached.size() * 2);
        for (int i : unreached) {
            records.add(new MatchRecord(records.size(), LOCAL, Integer.toString(i), locals.get(i).values()));
        }
        int localCount = records.size();
        List<Integer> stateOf = new ArrayList<>();
        String[] probe = new String[state.width()];
        for (int r = 0; r < state.size(); r++) {
            if (reached.get(r)) {
                continue;
            }
            for (int f : keyFields) {
                probe[f] = state.value(r, f);
            }
            for (int k = 0; k < rules.size(); k++) {
                String key = key(rules.get(k), probe);
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
