package io.unireg.match.eval;

import io.unireg.match.RecordRef;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The evaluation as text for the terminal: figures first, then the worst false merges and misses. */
public final class EvaluationText {

    private EvaluationText() {
    }

    public static void print(Evaluation e, PrintWriter out) {
        out.printf(Locale.ROOT, "records             %,d%n", e.records());
        out.printf(Locale.ROOT, "true pairs          %,d%n", e.truePairs());
        out.printf(Locale.ROOT, "predicted pairs     %,d (correct %,d)%n", e.predictedPairs(), e.correctPairs());
        out.printf(Locale.ROOT, "pairwise  precision %.4f  recall %.4f  F1 %.4f%n", e.precision(), e.recall(), e.f1());
        out.printf(Locale.ROOT, "B-cubed   precision %.4f  recall %.4f  F1 %.4f%n", e.bcubedPrecision(), e.bcubedRecall(), e.bcubedF1());
        if (e.missingFromLinks() > 0) {
            out.printf(Locale.ROOT, "%,d records of the truth are not in the links (counted as singletons)%n", e.missingFromLinks());
        }
        if (e.unknownInTruth() > 0) {
            out.printf(Locale.ROOT, "%,d records of the links are not in the truth (ignored)%n", e.unknownInTruth());
        }
        section(out, "worst false merges (predicted cluster → true entities)", e.falseMerges());
        section(out, "worst misses (true entity → predicted clusters)", e.misses());
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<Evaluation.Problem> problems) {
        out.println();
        out.println(title + (problems.isEmpty() ? ": none" : ":"));
        for (Evaluation.Problem p : problems) {
            out.printf(Locale.ROOT, "  %s (%,d wrong pairs)%n", p.id(), p.wrongPairs());
            for (Map.Entry<String, List<RecordRef>> part : p.parts().entrySet()) {
                String refs = part.getValue().stream().limit(8).map(RecordRef::toString).collect(Collectors.joining(" "));
                out.printf(Locale.ROOT, "    %s: %s%s%n", part.getKey().startsWith("\u0000") ? "(not in links)" : part.getKey(),
                        refs, part.getValue().size() > 8 ? " …" : "");
            }
        }
    }
}
