package io.unireg.match.eval;

import io.unireg.match.RecordRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of a clustering against the truth: pairwise precision/recall/F1 (every pair of records put
 * together), B-cubed (per record, averaged), and the worst false merges (predicted clusters spanning
 * several true entities) and misses (true entities spread over several predicted clusters).
 * Records only in the truth count as singletons of their own predicted cluster; records only in the
 * links are counted and ignored.
 */
public record Evaluation(int records, long truePairs, long predictedPairs, long correctPairs, double precision,
                         double recall, double f1, double bcubedPrecision, double bcubedRecall, double bcubedF1,
                         int missingFromLinks, int unknownInTruth, List<Problem> falseMerges, List<Problem> misses) {

    /** A predicted cluster mixing entities, or an entity split over clusters: its records grouped by the other side. */
    public record Problem(String id, long wrongPairs, Map<String, List<RecordRef>> parts) {
    }

    public static Evaluation of(Map<RecordRef, String> truth, Map<RecordRef, String> predicted, int worst) {
        Map<RecordRef, String> pred = new HashMap<>();
        int missing = 0;
        for (RecordRef r : truth.keySet()) {
            String c = predicted.get(r);
            if (c == null) {
                missing++;
                c = "\u0000singleton:" + r;
            }
            pred.put(r, c);
        }
        int unknown = (int) predicted.keySet().stream().filter(r -> !truth.containsKey(r)).count();
        Map<String, Map<String, List<RecordRef>>> byCluster = new LinkedHashMap<>();
        Map<String, Map<String, List<RecordRef>>> byEntity = new LinkedHashMap<>();
        List<RecordRef> refs = new ArrayList<>(truth.keySet());
        refs.sort(Comparator.comparing(RecordRef::source).thenComparing(RecordRef::key));
        for (RecordRef r : refs) {
            String e = truth.get(r);
            String c = pred.get(r);
            byCluster.computeIfAbsent(c, x -> new LinkedHashMap<>()).computeIfAbsent(e, x -> new ArrayList<>()).add(r);
            byEntity.computeIfAbsent(e, x -> new LinkedHashMap<>()).computeIfAbsent(c, x -> new ArrayList<>()).add(r);
        }
        long correct = 0;
        long predictedPairs = 0;
        long truePairs = 0;
        double bp = 0;
        double br = 0;
        for (Map<String, List<RecordRef>> parts : byCluster.values()) {
            long size = parts.values().stream().mapToLong(List::size).sum();
            predictedPairs += size * (size - 1) / 2;
            for (List<RecordRef> part : parts.values()) {
                long k = part.size();
                correct += k * (k - 1) / 2;
                bp += (double) k * k / size;
            }
        }
        for (Map<String, List<RecordRef>> parts : byEntity.values()) {
            long size = parts.values().stream().mapToLong(List::size).sum();
            truePairs += size * (size - 1) / 2;
            for (List<RecordRef> part : parts.values()) {
                br += (double) part.size() * part.size() / size;
            }
        }
        int n = refs.size();
        double precision = predictedPairs == 0 ? 1 : (double) correct / predictedPairs;
        double recall = truePairs == 0 ? 1 : (double) correct / truePairs;
        double bcp = n == 0 ? 1 : bp / n;
        double bcr = n == 0 ? 1 : br / n;
        return new Evaluation(n, truePairs, predictedPairs, correct, precision, recall, f1(precision, recall),
                bcp, bcr, f1(bcp, bcr), missing, unknown, worst(byCluster, worst), worst(byEntity, worst));
    }

    private static List<Problem> worst(Map<String, Map<String, List<RecordRef>>> groups, int limit) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<RecordRef>>> g : groups.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            long size = g.getValue().values().stream().mapToLong(List::size).sum();
            long wrong = size * (size - 1) / 2;
            for (List<RecordRef> part : g.getValue().values()) {
                wrong -= (long) part.size() * (part.size() - 1) / 2;
            }
            out.add(new Problem(g.getKey().startsWith("\u0000") ? "(not in links)" : g.getKey(), wrong, g.getValue()));
        }
        out.sort(Comparator.comparingLong(Problem::wrongPairs).reversed().thenComparing(Problem::id));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
