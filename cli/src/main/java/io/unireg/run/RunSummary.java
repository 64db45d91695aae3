package io.unireg.run;

import java.time.Instant;
import java.util.List;

/** The figures of one run: the manifest, the closing line and dry-run output are made from this. */
public record RunSummary(String job, String jobFile, String jobSha256, List<SourceSummary> sources,
                         long recordsWritten, long rejectRows, List<GateResult> gates, List<OutputFile> outputs,
                         Instant startedAt, Instant finishedAt, int exitCode) {

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
