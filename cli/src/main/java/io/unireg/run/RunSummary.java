package io.unireg.run;

import io.unireg.dedupe.DedupeSummary;
import io.unireg.reconcile.ReconcileSummary;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one run: the manifest, the closing line and dry-run output are made from this.
 * {@code dedupe} is {@code null} when the job does not dedupe, {@code reconcile} when it does not reconcile; {@code recordsWritten} counts golden records when it does.
 * {@code stateAdvanced}: the run became the job's last good run in its state store (exit 0, or exit 3 under
 * {@code advance_state_on_gate_failure}); {@code latest} follows it, so the two never disagree.
 */
public record RunSummary(String job, String jobFile, String jobSha256, List<SourceSummary> sources,
                         long recordsWritten, long rejectRows, List<GateResult> gates, List<OutputFile> outputs,
                         DedupeSummary dedupe, ReconcileSummary reconcile, Instant startedAt, Instant finishedAt, int exitCode,
                         boolean stateAdvanced) {

    /** The same run with its output list replaced (the reports join it after they are made from the others). */
    public RunSummary withOutputs(List<OutputFile> newOutputs) {
        return new RunSummary(job, jobFile, jobSha256, sources, recordsWritten, rejectRows, gates, newOutputs, dedupe,
                reconcile, startedAt, finishedAt, exitCode, stateAdvanced);
    }

    /** The same run, marked as the job's new last good state. */
    public RunSummary withStateAdvanced() {
        return new RunSummary(job, jobFile, jobSha256, sources, recordsWritten, rejectRows, gates, outputs, dedupe,
                reconcile, startedAt, finishedAt, exitCode, true);
    }

    /** Whether {@code latest} should point to this run: it succeeded, or the job made it its new state regardless. */
    public boolean publishes() {
        return exitCode == ExitCodes.OK || stateAdvanced;
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
