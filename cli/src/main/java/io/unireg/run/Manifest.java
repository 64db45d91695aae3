package io.unireg.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.unireg.dedupe.DedupeSummary;
import io.unireg.reconcile.ReconcileSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what ran, on which inputs, what it wrote, with hashes, so a run can be
 * audited and compared. Holds no personal data and no secrets (sources are listed by path only).
 */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    static Map<String, Object> toMap(RunSummary s, String toolVersion) {
        return toMap(s, toolVersion, null);
    }

    private static Map<String, Object> toMap(RunSummary s, String toolVersion, java.time.Instant completedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "unireg");
        m.put("tool_version", toolVersion);
        m.put("job", s.job());
        m.put("job_file", s.jobFile());
        m.put("job_file_sha256", s.jobSha256());
        m.put("started_at", s.startedAt().toString());
        m.put("finished_at", s.finishedAt().toString());
        if (completedAt != null) {
            m.put("completed_at", completedAt.toString());
        }
        m.put("exit_code", s.exitCode());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (SourceSummary src : s.sources()) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("source", src.id());
            in.put("path", src.path());
            in.put("sha256", src.sha256());
            in.put("detected", src.detected());
            in.put("rows_read", src.rowsRead());
            in.put("bad_rows", src.badRows());
            in.put("rows_rejected", src.rowsRejected());
            in.put("values_dropped", src.valuesDropped());
            in.put("rows_accepted", src.rowsAccepted());
            if (!src.skipped().isEmpty()) {
                in.put("rows_skipped", new java.util.TreeMap<>(src.skipped()));
            }
            if (src.detected().containsKey("incremental")) {
                in.put("rows_carried", src.rowsCarried());
            }
            inputs.add(in);
        }
        m.put("inputs", inputs);
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (OutputFile out : s.outputs()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", out.path());
            o.put("sha256", out.sha256());
            o.put("rows", out.rows());
            outputs.add(o);
        }
        m.put("outputs", outputs);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rows_read", s.rowsRead());
        counts.put("rows_rejected", s.rowsRejected());
        counts.put("reject_rows", s.rejectRows());
        counts.put("records_written", s.recordsWritten());
        m.put("counts", counts);
        List<Map<String, Object>> gates = new ArrayList<>();
        for (GateResult g : s.gates()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("gate", g.gate());
            gm.put("limit", g.limit());
            gm.put("actual", g.actual());
            gm.put("passed", g.passed());
            gates.add(gm);
        }
        m.put("quality_gates", gates);
        if (s.dedupe() != null) {
            m.put("dedupe", dedupe(s.dedupe()));
        }
        if (s.reconcile() != null) {
            m.put("reconcile", reconcile(s.reconcile()));
        }
        return m;
    }

    private static Map<String, Object> dedupe(DedupeSummary d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", d.records());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (DedupeSummary.RuleFigures r : d.rules()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rule", r.rule());
            rm.put("candidate_pairs", r.candidatePairs());
            rm.put("compared_pairs", r.comparedPairs());
            rules.add(rm);
        }
        m.put("blocking", rules);
        // In a fixed order (Map.of's changes from one JVM to the next): the same run gives the same manifest.
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("match", d.matchThreshold());
        thresholds.put("review", d.reviewThreshold());
        m.put("thresholds", thresholds);
        m.put("compared_pairs", d.comparedPairs());
        m.put("match_pairs", d.matchPairs());
        m.put("review_pairs", d.reviewPairs());
        m.put("clusters", d.clusters());
        m.put("clusters_with_duplicates", d.duplicateClusters());
        m.put("duplicates_merged", d.duplicatesMerged());
        m.put("split_chains", d.splits());
        m.put("split_reasons", d.splitReasons());
        Map<String, Object> decisions = new LinkedHashMap<>();
        decisions.put("file", d.decisionsFile());
        decisions.put("read", d.decisionsRead());
        decisions.put("must_link_applied", d.mustLinkApplied());
        decisions.put("cannot_link_applied", d.cannotLinkApplied());
        decisions.put("overruled", d.overruled());
        decisions.put("problems", d.decisionsProblems());
        m.put("review_decisions", decisions);
        m.put("parameters_trained_in_run", d.trainedInRun());
        m.put("match_millis", d.matchMillis());
        return m;
    }

    private static Map<String, Object> reconcile(ReconcileSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> against = new LinkedHashMap<>();
        against.put("source", r.against());
        against.put("path", r.path());
        against.put("sha256", r.sha256());
        against.put("rows_read", r.rowsRead());
        against.put("rows_rejected", r.rowsRejected());
        against.put("records", r.stateRecords());
        m.put("against", against);
        m.put("statuses", r.statuses());
        m.put("state_updates", r.stateUpdates());
        m.put("local_updates", r.localUpdates());
        if (r.link() != null) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("local_records", r.link().localRecords());
            link.put("state_candidates", r.link().stateCandidates());
            link.put("compared_pairs", r.link().comparedPairs());
            link.put("parameters_trained_in_run", r.link().trainedInRun());
            m.put("link", link);
        }
        m.put("reconcile_millis", r.millis());
        return m;
    }

    static void write(Path file, RunSummary summary, String toolVersion) throws IOException {
        write(file, summary, toolVersion, null);
    }

    /** {@code completedAt}: when the run folder was complete, reports included (history's durations); {@code null} before. */
    static void write(Path file, RunSummary summary, String toolVersion, java.time.Instant completedAt) throws IOException {
        JSON.writeValue(file.toFile(), toMap(summary, toolVersion, completedAt));
    }

    static String toJson(RunSummary summary, String toolVersion) throws IOException {
        return JSON.writeValueAsString(toMap(summary, toolVersion));
    }
}
