package io.unireg.reconcile;

import io.unireg.match.Decision;
import io.unireg.normalize.ua.NameKey;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Classifies every golden record against the state table: identifier keys first, in the plan's order
 * (the first key that finds any state record decides), then link mode for the records no key reached,
 * then every state record nothing reached is {@code state_only}. Pure computation on values in memory.
 */
public final class Reconciler {

    /** What reconciling found: one classification per local record (same order), then the state-only records. */
    public record Outcome(List<Classification> locals, int[] stateOnly, LinkMode.Figures link) {
    }

    private final ReconcilePlan plan;

    public Reconciler(ReconcilePlan plan) {
        this.plan = plan;
    }

    /**
     * @throws ReconcileRefused link mode's blocking would explode, or its pinned parameters do not fit
     */
    public Outcome run(List<LocalRecord> locals, StateTable state) throws ReconcileRefused, java.io.IOException {
        KeyIndex[] indexes = new KeyIndex[plan.keys().length];
        for (int k = 0; k < indexes.length; k++) {
            indexes[k] = new KeyIndex(state, plan.keys()[k]);
        }
        BitSet reached = new BitSet(state.size());
        List<Classification> out = new ArrayList<>(locals.size());
        List<Integer> unreached = new ArrayList<>();
        for (int i = 0; i < locals.size(); i++) {
            Classification c = byIdentifier(locals.get(i).values(), state, indexes);
            if (c == null) {
                unreached.add(i);
                c = Classification.LOCAL_ONLY;
            } else {
                for (int r : c.stateRecords()) {
                    reached.set(r);
                }
            }
            out.add(c);
        }
        LinkMode.Figures figures = null;
        if (plan.links() && !unreached.isEmpty()) {
            LinkMode.Result linked = new LinkMode(plan, state).run(locals, unreached, reached);
            figures = linked.figures();
            for (int u = 0; u < unreached.size(); u++) {
                List<LinkMode.Candidate> candidates = linked.candidates().get(u);
                if (candidates.isEmpty()) {
                    continue;
                }
                int local = unreached.get(u);
                out.set(local, fromLink(locals.get(local).values(), state, candidates));
                for (LinkMode.Candidate cand : candidates) {
                    reached.set(cand.state());
                }
            }
        }
        int[] stateOnly = new int[state.size() - reached.cardinality()];
        int n = 0;
        for (int r = reached.nextClearBit(0); r < state.size(); r = reached.nextClearBit(r + 1)) {
            stateOnly[n++] = r;
        }
        return new Outcome(out, stateOnly, figures);
    }

    private Classification byIdentifier(String[] local, StateTable state, KeyIndex[] indexes) {
        for (int k = 0; k < indexes.length; k++) {
            int field = plan.keys()[k];
            int[] hits = indexes[k].find(local[field]);
            if (hits.length == 0) {
                continue;
            }
            String method = plan.fields().get(field);
            if (hits.length > 1) {
                return new Classification(ReconciliationStatus.AMBIGUOUS, hits, method, 1.0, List.of());
            }
            List<FieldDifference> differences = differences(local, state, hits[0]);
            ReconciliationStatus status = conflict(local, state, hits[0]) ? ReconciliationStatus.CONFLICT
                    : differences.isEmpty() ? ReconciliationStatus.MATCHED : ReconciliationStatus.MATCHED_WITH_DIFFERENCES;
            return new Classification(status, hits, method, 1.0, differences);
        }
        return null;
    }

    private Classification fromLink(String[] local, StateTable state, List<LinkMode.Candidate> candidates) {
        LinkMode.Candidate best = candidates.get(0);
        if (candidates.size() == 1 && best.decision() == Decision.MATCH) {
            List<FieldDifference> differences = differences(local, state, best.state());
            return new Classification(differences.isEmpty() ? ReconciliationStatus.MATCHED
                    : ReconciliationStatus.MATCHED_WITH_DIFFERENCES, new int[]{best.state()}, "link", best.probability(), differences);
        }
        // several candidates, or one the model is not sure of: a person has to decide
        int[] records = candidates.stream().mapToInt(LinkMode.Candidate::state).toArray();
        return new Classification(ReconciliationStatus.AMBIGUOUS, records, "link", best.probability(), List.of());
    }

    /** Compared fields both sides hold and whose values are not equal; a value one side lacks is no difference. */
    List<FieldDifference> differences(String[] local, StateTable state, int record) {
        List<FieldDifference> out = null;
        for (int f : plan.compare()) {
            String l = local[f];
            if (l == null || l.isEmpty()) {
                continue;
            }
            String s = state.value(record, f);
            if (s != null && !l.equals(s)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(FieldDifference.of(f, l, s));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Another birth date and another name (surname or given name not equivalent, Russian forms and look-alikes folded). */
    boolean conflict(String[] local, StateTable state, int record) {
        ReconcilePlan.Identity id = plan.identity();
        if (id.birthDate() < 0 || !differs(local[id.birthDate()], state.value(record, id.birthDate()), false)) {
            return false;
        }
        return (id.surname() >= 0 && differs(local[id.surname()], state.value(record, id.surname()), true))
                || (id.givenName() >= 0 && differs(local[id.givenName()], state.value(record, id.givenName()), true));
    }

    private static boolean differs(String a, String b, boolean name) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return name ? !NameKey.of(a).equals(NameKey.of(b)) : !a.equals(b);
    }
}
