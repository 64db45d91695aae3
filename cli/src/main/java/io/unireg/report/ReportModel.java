package io.unireg.report;

import java.util.List;
import java.util.Map;

/**
 * The figures of one finished run, each counted from the rows of a file in the run folder (the
 * manifest for what only the reader saw: rows read per input, detected encodings, quality gates).
 * The HTML, JSON and XLSX renderings are made from this value only, so they always agree.
 *
 * @param files the run files the figures were counted from, in reading order
 */
public record ReportModel(RunInfo run, Summary summary, List<InputFigures> inputs, RejectFigures rejects,
                          DedupeFigures dedupe, ReconciliationFigures reconciliation, List<Gate> gates,
                          List<SourceFile> files) {

    public ReportModel {
        inputs = List.copyOf(inputs);
        gates = List.copyOf(gates);
        files = List.copyOf(files);
    }

    public boolean gatesPassed() {
        return gates.stream().allMatch(Gate::passed);
    }

    /** What ran, from {@code manifest.json}. */
    public record RunInfo(String job, String toolVersion, String jobFile, String jobSha256, String startedAt,
                          String finishedAt, int exitCode) {
    }

    /**
     * The headline figures.
     *
     * @param rowsRejected     rows read but not accepted: rows read (manifest) minus rows of {@code links.csv}
     * @param rejectRows       rows of {@code rejects.csv} (one per refused value, so a row can count twice)
     * @param rowsWithRejects  distinct (source, line) pairs in {@code rejects.csv}
     * @param goldenRecords    distinct {@code cluster_id} values in {@code links.csv}
     * @param duplicatesMerged accepted rows folded into another row's record: links rows minus golden records
     * @param rowsCarried      rows carried over unchanged from the last good run (sources read from a change column):
     *                         in {@code links.csv}, not read
     */
    public record Summary(int inputs, long rowsRead, long rowsRejected, long rejectRows, long rowsWithRejects,
                          long rowsAccepted, long goldenRecords, long duplicatesMerged, long rowsCarried) {
    }

    /** One source: rows read from the manifest, accepted counted in {@code links.csv}. */
    /** {@code rowsCarried}: rows of a source read from its change column carried over unchanged from the last good run. */
    public record InputFigures(String source, String path, String encoding, String delimiter, long rowsRead,
                               long badRows, long rowsAccepted, long rowsRejected, long valuesDropped,
                               long rejectRows, long rowsCarried) {
    }

    /** {@code rejects.csv} counted by source, field and rule, largest group first. */
    public record RejectFigures(long rows, List<RejectGroup> groups) {
        public RejectFigures {
            groups = List.copyOf(groups);
        }
    }

    /** Reject rows of one source, field (empty for a whole row) and rule, with the first few as examples. */
    public record RejectGroup(String source, String field, String rule, long rows, List<RejectExample> examples) {
        public RejectGroup {
            examples = List.copyOf(examples);
        }
    }

    /** One row of {@code rejects.csv}, already masked as the report options ask. */
    public record RejectExample(long line, String key, String message) {
    }

    /**
     * Duplicates, from {@code links.csv} and {@code review.csv}.
     *
     * @param ran            whether the run deduplicated (see {@link RunFolder#dedupeRan})
     * @param clusterSizes   cluster size → number of clusters of that size, ascending
     * @param linkScores     accepted links per probability bin ({@link #BINS} equal bins over [0, 1])
     * @param reviewScores   review pairs per probability bin
     * @param matchThreshold the job's match threshold as the manifest records it, or {@code null}
     * @param reviewThreshold the job's review threshold as the manifest records it, or {@code null}
     * @param reviewPairs    rows of {@code review.csv}; {@code -1} when the run wrote none
     */
    public record DedupeFigures(boolean ran, long links, long clusters, Map<Integer, Long> clusterSizes,
                                long[] linkScores, long[] reviewScores, Double matchThreshold, Double reviewThreshold,
                                long reviewPairs) {
        public static final int BINS = 20;

        public DedupeFigures {
            clusterSizes = Map.copyOf(clusterSizes);
            linkScores = linkScores.clone();
            reviewScores = reviewScores.clone();
        }

        /** Clusters of more than one row. */
        public long mergedClusters() {
            return clusterSizes.entrySet().stream().filter(e -> e.getKey() > 1).mapToLong(Map.Entry::getValue).sum();
        }

        public boolean hasReview() {
            return reviewPairs >= 0;
        }
    }

    /** The statuses {@code reconciliation.csv} uses (architecture.md), in the order reports show them. */
    public static final List<String> RECONCILIATION_STATUSES = List.of("matched", "matched_with_differences",
            "local_only", "state_only", "ambiguous", "conflict");

    /**
     * {@code reconciliation.csv} counted by status; {@code statuses} holds every status of
     * {@link #RECONCILIATION_STATUSES} in that order, zeros included, then any other status the file used.
     */
    public record ReconciliationFigures(boolean ran, long rows, Map<String, Long> statuses,
                                        List<FieldCount> differingFields) {
        public ReconciliationFigures {
            statuses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statuses));
            differingFields = List.copyOf(differingFields);
        }
    }

    /** How many records differ in one field between city and state. */
    public record FieldCount(String field, long records) {
    }

    /** A quality gate as the manifest records it. */
    public record Gate(String gate, String limit, String actual, boolean passed) {
    }

    /**
     * A run file the report read: its name, SHA-256 as the manifest lists it (may be null), the data rows
     * counted, and the rows the manifest recorded for it (null when it does not list the file).
     */
    public record SourceFile(String path, String sha256, long rows, Long listedRows) {

        /** The file has other rows than the run wrote: it was changed or cut after the run. */
        public boolean changedSinceRun() {
            return listedRows != null && listedRows != rows;
        }
    }
}
