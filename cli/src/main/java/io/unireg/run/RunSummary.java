package io.unireg.run;

import io.unireg.dedupe.DedupeSummary;
import io.unireg.reconcile.ReconcileSummary;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one run: the manifest, the closing line and dry-run output are made from this.
 * {@code dedupe} is {@code null} when the job does not dedupe, {@code reconcile} when it does not reconcile; {@code recordsWritten} counts golden records when it does.
 */
public record RunSummary(String job, String jobFile, String jobSha256, List<SourceSummary> sources,
                         long recordsWritten, long rejectRows, List<GateResult> gates, List<OutputFile> outputs,
                         DedupeSummary dedupe, ReconcileSummary reconcile, Instant startedAt, Instant finishedAt, int exitCode) {

    /** The same run with its output list replaced (the reports join it after they are made from the others). */
    public RunSummary withOutputs(List<OutputFile> newOutputs) {
        return new RunSummary(job, jobFile, jobSha256, sources, recordsWritten, rejectRows, gates, newOutputs, dedupe,
                reconcile, startedAt, finishedAt, exitCode);
    }

    public long rowsRead() {
        return sources.stream().mapToLong(SourceSummary::rowsRead).sum();
    }

    public long rowsRejected() {
        return sources.stream().mapToLong(SourceSummary::rowsRejected).sum();
    }

    public boolean gatesPassed() {
        return gates.stream().allMatch(GateResult::passed);
    }
}
