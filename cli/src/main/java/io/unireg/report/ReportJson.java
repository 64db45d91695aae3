package io.unireg.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.unireg.report.ReportModel.DedupeFigures;
import io.unireg.report.ReportModel.FieldCount;
import io.unireg.report.ReportModel.Gate;
import io.unireg.report.ReportModel.InputFigures;
import io.unireg.report.ReportModel.RejectGroup;
import io.unireg.report.ReportModel.SourceFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.json}: the report's figures for dashboards and {@code unireg diff}. Keys are stable
 * (docs/reports.md lists them; a test pins them): every section is always present, a stage that did
 * not run says {@code "ran": false}. No personal data — examples stay in the HTML and XLSX.
 */
public final class ReportJson {

    /** Bumped only when a key changes meaning or disappears; new keys do not bump it. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String render(ReportModel m) {
        try {
            return JSON.writeValueAsString(toMap(m)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report.json: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> toMap(ReportModel m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report_format", FORMAT);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("job", m.run().job());
        run.put("tool_version", m.run().toolVersion());
        run.put("job_file_sha256", m.run().jobSha256());
        run.put("started_at", m.run().startedAt());
        run.put("finished_at", m.run().finishedAt());
        run.put("exit_code", m.run().exitCode());
        root.put("run", run);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("inputs", m.summary().inputs());
        summary.put("rows_read", m.summary().rowsRead());
        summary.put("rows_rejected", m.summary().rowsRejected());
        summary.put("rows_accepted", m.summary().rowsAccepted());
        summary.put("reject_rows", m.summary().rejectRows());
        summary.put("rows_with_rejects", m.summary().rowsWithRejects());
        summary.put("golden_records", m.summary().goldenRecords());
        summary.put("duplicates_merged", m.summary().duplicatesMerged());
        root.put("summary", summary);

        List<Object> inputs = new ArrayList<>();
        for (InputFigures in : m.inputs()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("source", in.source());
            i.put("encoding", in.encoding());
            i.put("delimiter", in.delimiter());
            i.put("rows_read", in.rowsRead());
            i.put("bad_rows", in.badRows());
            i.put("rows_rejected", in.rowsRejected());
            i.put("rows_accepted", in.rowsAccepted());
            i.put("values_dropped", in.valuesDropped());
            i.put("reject_rows", in.rejectRows());
            if (in.rowsCarried() > 0) {
                i.put("rows_carried", in.rowsCarried());
            }
            inputs.add(i);
        }
        root.put("inputs", inputs);

        Map<String, Object> rejects = new LinkedHashMap<>();
        rejects.put("rows", m.rejects().rows());
        List<Object> groups = new ArrayList<>();
        for (RejectGroup g : m.rejects().groups()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("source", g.source());
            r.put("field", g.field());
            r.put("rule", g.rule());
            r.put("rows", g.rows());
            groups.add(r);
        }
        rejects.put("by_rule", groups);
        root.put("rejects", rejects);

        root.put("dedupe", dedupe(m.dedupe()));

        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("ran", m.reconciliation().ran());
        rec.put("rows", m.reconciliation().rows());
        rec.put("statuses", m.reconciliation().statuses());
        List<Object> fields = new ArrayList<>();
        for (FieldCount f : m.reconciliation().differingFields()) {
            fields.add(obj("field", f.field(), "records", f.records()));
        }
        rec.put("differing_fields", fields);
        root.put("reconciliation", rec);

        List<Object> gates = new ArrayList<>();
        for (Gate g : m.gates()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("gate", g.gate());
            gm.put("limit", g.limit());
            gm.put("actual", g.actual());
            gm.put("passed", g.passed());
            gates.add(gm);
        }
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("passed", m.gatesPassed());
        quality.put("gates", gates);
        root.put("quality", quality);

        List<Object> files = new ArrayList<>();
        for (SourceFile f : m.files()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("sha256", f.sha256());
            fm.put("rows", f.rows());
            files.add(fm);
        }
        root.put("files", files);
        return root;
    }

    private static Map<String, Object> dedupe(DedupeFigures d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ran", d.ran());
        m.put("links", d.links());
        m.put("clusters", d.clusters());
        m.put("merged_clusters", d.mergedClusters());
        List<Object> sizes = new ArrayList<>();
        d.clusterSizes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sizes.add(obj("size", e.getKey(), "clusters", e.getValue())));
        m.put("cluster_sizes", sizes);
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("match", d.matchThreshold());
        thresholds.put("review", d.reviewThreshold());
        m.put("thresholds", thresholds);
        m.put("review_pairs", d.hasReview() ? d.reviewPairs() : null);
        List<Object> bins = new ArrayList<>();
        for (int i = 0; i < DedupeFigures.BINS; i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("from", edge(i));
            b.put("to", edge(i + 1));
            b.put("links", d.linkScores()[i]);
            b.put("review", d.reviewScores()[i]);
            bins.add(b);
        }
        m.put("match_probability", bins);
        return m;
    }

    /** A JSON object with its keys in the order given (Map.of has none). */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Bin edges written as decimals ({@code 0.05}), not binary fractions ({@code 0.05000000000000001}). */
    private static java.math.BigDecimal edge(int i) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", (double) i / DedupeFigures.BINS));
    }
}
