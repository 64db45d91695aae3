package io.unireg.dedupe;

import io.unireg.match.ChainSplit;
import io.unireg.match.Clusters;
import io.unireg.match.Decision;
import io.unireg.match.DecisionReason;
import io.unireg.match.FieldScore;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.RecordRef;
import io.unireg.match.ScoredPair;
import io.unireg.match.ScoredPairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text for {@code unireg explain}: one pair as a waterfall of match weights (prior, then each
 * field's level and weight, the running total as a bar), or one record's cluster with the accepted
 * links that hold each member in it. Reads the same model and result the run writes files from.
 */
public final class Explanation {

    private static final int BAR = 36;

    private final List<MatchRecord> records;
    private final MatchResult result;
    private final Map<RecordRef, Integer> byRef = new HashMap<>();

    public Explanation(List<MatchRecord> records, MatchResult result) {
        this.records = records;
        this.result = result;
        for (MatchRecord r : records) {
            byRef.put(r.ref(), r.id());
        }
    }

    public Optional<Integer> find(RecordRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** The waterfall of one pair, compared as the run compares (whether or not blocking paired them). */
    public String pair(int a, int b) {
        ScoredPair p = result.explain(a, b);
        StringBuilder out = new StringBuilder();
        out.append(records.get(p.left()).ref()).append("  ↔  ").append(records.get(p.right()).ref()).append('\n');
        List<String[]> rows = new ArrayList<>();
        List<double[]> steps = new ArrayList<>();
        double total = p.priorWeight();
        rows.add(new String[]{"prior", "", "", "", signed(p.priorWeight())});
        steps.add(new double[]{0, total});
        for (FieldScore f : p.fields()) {
            double before = total;
            total += f.weight();
            rows.add(new String[]{f.field(), show(f.left()), show(f.right()), f.levelLabel()
                    + (f.tfAdjustment() != 0 ? String.format(Locale.ROOT, " (tf %+.2f)", f.tfAdjustment()) : ""), signed(f.weight())});
            steps.add(new double[]{before, total});
        }
        int[] width = {5, 4, 5, 5, 6};
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], Math.min(28, r[c].length()));
            }
        }
        double lo = 0, hi = 0;
        for (double[] s : steps) {
            lo = Math.min(lo, Math.min(s[0], s[1]));
            hi = Math.max(hi, Math.max(s[0], s[1]));
        }
        String head = String.format(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %-" + width[3]
                + "s  %" + width[4] + "s  %8s", "field", "left", "right", "level", "weight", "total");
        out.append(head).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            double[] s = steps.get(i);
            out.append(String.format(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %-" + width[3]
                            + "s  %" + width[4] + "s  %8s  %s", cut(r[0], width[0]), cut(r[1], width[1]), cut(r[2], width[2]),
                    cut(r[3], width[3]), r[4], signed(s[1]), bar(s[0], s[1], lo, hi))).append('\n');
        }
        out.append(String.format(Locale.ROOT, "match weight %s → probability %.4f: %s", signed(p.matchWeight()), p.probability(),
                verdict(p.decision(), p.reason(), p.rule())));
        if (p.blockedBy() >= 0) {
            out.append("\nin the run: paired by blocking rule ").append(result.ruleNames().get(p.blockedBy()));
        } else if (p.reason() == DecisionReason.CLERK) {
            out.append("\nin the run: compared because of a clerk's match decision (no blocking rule makes this pair)");
        } else {
            out.append("\nnot compared in the run: no blocking rule makes this pair");
        }
        int ca = result.clusters().clusterOf(a), cb = result.clusters().clusterOf(b);
        out.append(ca == cb ? "; same cluster" : "; different clusters");
        return out.append('\n').toString();
    }

    /** A record's cluster: its members and, for each, the accepted links that put it there. */
    public String record(int id) {
        Clusters clusters = result.clusters();
        int cluster = clusters.clusterOf(id);
        int[] members = clusters.members(cluster);
        StringBuilder out = new StringBuilder();
        out.append(records.get(id).ref()).append(": cluster of ").append(members.length)
                .append(members.length == 1 ? " record (no accepted match)" : " records").append('\n');
        Map<Integer, List<String>> why = new HashMap<>();
        ScoredPairs pairs = result.pairs();
        java.util.Set<Integer> inCluster = new java.util.HashSet<>();
        for (int m : members) {
            inCluster.add(m);
        }
        for (int i = 0; i < pairs.size(); i++) {
            int l = pairs.left(i), r = pairs.right(i);
            if (pairs.decision(i) != Decision.MATCH || !inCluster.contains(l) || !inCluster.contains(r)) {
                continue;
            }
            String reason = verdict(pairs.decision(i), pairs.reason(i), "");
            why.computeIfAbsent(l, k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%s (p %.4f, %s)", records.get(r).ref(), pairs.probability(i), reason));
            why.computeIfAbsent(r, k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%s (p %.4f, %s)", records.get(l).ref(), pairs.probability(i), reason));
        }
        for (int m : members) {
            MatchRecord r = records.get(m);
            out.append(m == id ? "* " : "  ").append(r.ref());
            List<String> links = why.getOrDefault(m, List.of());
            out.append(links.isEmpty() ? (members.length == 1 ? "" : "  — held by a clerk's match decision or a cut chain") : "  — linked to " + String.join("; ", links));
            out.append('\n');
        }
        for (ChainSplit s : clusters.splits()) {
            for (int r : s.records()) {
                if (r == id) {
                    out.append("split: ").append(s.reason()).append(" — ").append(s.cutPairs().length).append(" link(s) cut\n");
                    break;
                }
            }
        }
        return out.toString();
    }

    private static String verdict(Decision decision, DecisionReason reason, String rule) {
        String by = switch (reason) {
            case CLERK -> "clerk's decision";
            case RULE -> "rule";
            case MODEL -> "model";
        };
        return decision.fileName() + " (" + by + (rule == null || rule.isEmpty() ? "" : " " + rule) + ")";
    }

    private static String bar(double from, double to, double lo, double hi) {
        if (hi - lo < 1e-9) {
            return "";
        }
        int a = (int) Math.round((Math.min(from, to) - lo) / (hi - lo) * BAR);
        int b = (int) Math.round((Math.max(from, to) - lo) / (hi - lo) * BAR);
        int zero = (int) Math.round((0 - lo) / (hi - lo) * BAR);
        StringBuilder s = new StringBuilder("|");
        for (int i = 0; i <= BAR; i++) {
            s.append(i >= a && i < Math.max(b, a + (to != from ? 1 : 0)) ? (to >= from ? '█' : '░') : i == zero ? '┆' : ' ');
        }
        return s.append('|').toString();
    }

    private static String signed(double w) {
        return String.format(Locale.ROOT, "%+.2f", w);
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "∅" : v;
    }

    private static String cut(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "…";
    }
}
