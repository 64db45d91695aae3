package io.unireg.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.unireg.report.ReportModel.FieldCount;
import io.unireg.report.ReportModel.Gate;
import io.unireg.report.ReportModel.InputFigures;
import io.unireg.report.ReportModel.RejectGroup;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code unireg diff RUN_A RUN_B}: the figures of two runs side by side. Each figure has a stable
 * dotted name ({@code summary.rows_read}, {@code rejects.residents.rnokpp.rnokpp},
 * {@code reconciliation.conflict}); a figure only one run has shows as missing on the other side.
 */
public final class RunDiff {

    /** One figure in both runs; {@code a} or {@code b} is null where that run has no such figure. */
    public record Row(String figure, String a, String b) {

        /** B − A when both are numbers, else null. */
        public BigDecimal change() {
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            return x == null || y == null ? null : y.subtract(x);
        }

        public boolean changed() {
            return a == null || b == null || !a.equals(b);
        }
    }

    private final Path dirA;
    private final Path dirB;
    private final ReportModel a;
    private final ReportModel b;
    private final List<Row> rows;

    private RunDiff(Path dirA, ReportModel a, Path dirB, ReportModel b) {
        this.dirA = dirA;
        this.dirB = dirB;
        this.a = a;
        this.b = b;
        Map<String, String> fa = figures(a);
        Map<String, String> fb = figures(b);
        Set<String> union = new LinkedHashSet<>(fa.keySet());
        union.addAll(fb.keySet());
        // B's extra figures join their own section (a second source's inputs beside the first's), not the end.
        List<String> names = new ArrayList<>(union);
        names.sort(java.util.Comparator.comparingInt(RunDiff::section));
        List<Row> list = new ArrayList<>();
        for (String name : names) {
            list.add(new Row(name, fa.get(name), fb.get(name)));
        }
        this.rows = List.copyOf(list);
    }

    public static RunDiff of(Path runA, Path runB) throws ReportException {
        return new RunDiff(runA, ReportReader.read(runA, ReportOptions.DEFAULT), runB, ReportReader.read(runB, ReportOptions.DEFAULT));
    }

    public List<Row> rows() {
        return rows;
    }

    private static final List<String> SECTIONS = List.of("summary.", "input.", "rejects.", "dedupe.", "reconciliation.", "gate.");

    private static int section(String figure) {
        for (int i = 0; i < SECTIONS.size(); i++) {
            if (figure.startsWith(SECTIONS.get(i))) {
                return i;
            }
        }
        return SECTIONS.size();
    }

    /** Every figure of a run by its dotted name, in report order. */
    static Map<String, String> figures(ReportModel m) {
        Map<String, String> f = new LinkedHashMap<>();
        ReportModel.Summary s = m.summary();
        f.put("summary.inputs", Long.toString(s.inputs()));
        f.put("summary.rows_read", Long.toString(s.rowsRead()));
        f.put("summary.rows_rejected", Long.toString(s.rowsRejected()));
        f.put("summary.rows_accepted", Long.toString(s.rowsAccepted()));
        f.put("summary.reject_rows", Long.toString(s.rejectRows()));
        f.put("summary.rows_with_rejects", Long.toString(s.rowsWithRejects()));
        f.put("summary.golden_records", Long.toString(s.goldenRecords()));
        f.put("summary.duplicates_merged", Long.toString(s.duplicatesMerged()));
        for (InputFigures in : m.inputs()) {
            f.put("input." + in.source() + ".rows_read", Long.toString(in.rowsRead()));
            f.put("input." + in.source() + ".rows_rejected", Long.toString(in.rowsRejected()));
            f.put("input." + in.source() + ".rows_accepted", Long.toString(in.rowsAccepted()));
        }
        for (RejectGroup g : m.rejects().groups()) {
            f.put("rejects." + g.source() + "." + (g.field().isEmpty() ? "(row)" : g.field()) + "." + g.rule(), Long.toString(g.rows()));
        }
        if (m.dedupe().ran()) {
            f.put("dedupe.clusters", Long.toString(m.dedupe().clusters()));
            f.put("dedupe.merged_clusters", Long.toString(m.dedupe().mergedClusters()));
            if (m.dedupe().hasReview()) {
                f.put("dedupe.review_pairs", Long.toString(m.dedupe().reviewPairs()));
            }
        }
        if (m.reconciliation().ran()) {
            m.reconciliation().statuses().forEach((status, n) -> f.put("reconciliation." + status, Long.toString(n)));
            for (FieldCount c : m.reconciliation().differingFields()) {
                f.put("reconciliation.differs." + c.field(), Long.toString(c.records()));
            }
        }
        for (Gate g : m.gates()) {
            f.put("gate." + g.gate() + ".actual", g.actual());
            f.put("gate." + g.gate() + ".passed", Boolean.toString(g.passed()));
        }
        return f;
    }

    /** A fixed-width table; {@code changedOnly} leaves out figures equal in both runs. */
    public String text(boolean changedOnly) {
        List<Row> shown = changedOnly ? rows.stream().filter(Row::changed).toList() : rows;
        int width = Math.max(6, shown.stream().mapToInt(r -> r.figure().length()).max().orElse(6));
        StringBuilder s = new StringBuilder();
        s.append("A: ").append(dirA).append(" (").append(a.run().job()).append(", ").append(a.run().startedAt()).append(")\n");
        s.append("B: ").append(dirB).append(" (").append(b.run().job()).append(", ").append(b.run().startedAt()).append(")\n");
        String format = "%-" + width + "s  %12s  %12s  %10s%n";
        s.append(String.format(Locale.ROOT, format, "figure", "A", "B", "change"));
        for (Row r : shown) {
            BigDecimal change = r.change();
            String shownChange = !r.changed() ? "" : change == null ? "changed" : signed(change);
            s.append(String.format(Locale.ROOT, format, r.figure(), r.a() == null ? "—" : r.a(), r.b() == null ? "—" : r.b(),
                    shownChange));
        }
        if (shown.isEmpty()) {
            s.append("(no figure differs)\n");
        }
        return s.toString();
    }

    public String json(boolean changedOnly) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", side(dirA, a));
        root.put("b", side(dirB, b));
        List<Object> figures = new ArrayList<>();
        for (Row r : rows) {
            if (changedOnly && !r.changed()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("figure", r.figure());
            row.put("a", value(r.a()));
            row.put("b", value(r.b()));
            row.put("change", r.change());
            figures.add(row);
        }
        root.put("figures", figures);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> side(Path dir, ReportModel m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dir", dir.toString());
        s.put("job", m.run().job());
        s.put("started_at", m.run().startedAt());
        return s;
    }

    /** Numbers as JSON numbers, {@code true}/{@code false} as booleans, anything else as text. */
    private static Object value(String v) {
        if (v == null) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        BigDecimal n = number(v);
        return n != null ? n : v;
    }

    private static String signed(BigDecimal d) {
        return d.signum() > 0 ? "+" + d.toPlainString() : d.toPlainString();
    }

    private static BigDecimal number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
