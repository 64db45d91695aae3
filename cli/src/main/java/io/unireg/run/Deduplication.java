package io.unireg.run;

import io.unireg.dedupe.DedupeRefused;
import io.unireg.dedupe.DedupeStage;
import io.unireg.dedupe.DedupeSummary;
import io.unireg.dedupe.RecordCollector;
import io.unireg.dedupe.ReviewFiles;
import io.unireg.match.Clusters;
import io.unireg.match.MatchRecord;
import io.unireg.reconcile.LocalRecord;
import io.unireg.sink.FormattedRow;
import io.unireg.sink.RecordSink;
import io.unireg.sink.RowFormat;
import io.unireg.dedupe.StableId;
import io.unireg.state.IdAssigner;
import io.unireg.survive.GoldenRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's path when the job dedupes: accepted rows are collected instead of written, the match stage
 * clusters them, and each cluster's golden record goes to the job's record outputs, with links.csv
 * (every accepted row → its cluster) and the review files. Without a {@code dedupe:} section none of
 * this runs and rows stream straight to the sinks.
 */
final class Deduplication {

    /** Collects accepted rows for matching; rejects and batch ends go on to the writer as usual. */
    static final class Collecting implements Pipeline.Output {
        private final Pipeline.Output next;
        private final RecordCollector collector;
        private final int lineage;
        private final boolean passOn;

        Collecting(Pipeline.Output next, RecordCollector collector, int fieldCount) {
            this(next, collector, fieldCount, false);
        }

        /**
         * @param passOn also hand records and links on to {@code next}: a job that reconciles without
         *               deduping writes its rows as they come and keeps them for the reconcile stage
         */
        Collecting(Pipeline.Output next, RecordCollector collector, int fieldCount, boolean passOn) {
            this.next = next;
            this.collector = collector;
            this.lineage = fieldCount + 2;
            this.passOn = passOn;
        }

        @Override
        public void record(String[] values) throws Exception {
            record(FormattedRow.of(values));
        }

        @Override
        public void record(FormattedRow row) throws Exception {
            String ref = row.values()[lineage];
            int colon = ref.indexOf(':');
            collector.add(ref.substring(0, colon), ref.substring(colon + 1), row.values());
            if (passOn) {
                next.record(row);
            }
        }

        @Override
        public void link(String[] values) throws Exception {
            link(FormattedRow.of(values));
        }

        @Override
        public void link(FormattedRow row) throws Exception {
            // deduping: links.csv is written after clustering, when each row's cluster is known
            if (passOn) {
                next.link(row);
            }
        }

        @Override
        public RowFormat recordFormat() {
            return passOn ? next.recordFormat() : null;
        }

        @Override
        public RowFormat linkFormat() {
            return passOn ? next.linkFormat() : null;
        }

        @Override
        public void reject(Reject reject) throws Exception {
            next.reject(reject);
        }

        @Override
        public void endBatch() throws Exception {
            next.endBatch();
        }
    }

    /** What the dedupe path wrote. */
    record Written(long records, List<OutputFile> reviewFiles, DedupeSummary summary) {
    }

    private Deduplication() {
    }

    static DedupeStage.Outcome match(Plan plan, RecordCollector collector) throws RunFailure {
        DedupeStage stage = stage(plan);
        try {
            return stage.run(collector.records());
        } catch (DedupeRefused e) {
            throw new RunFailure(String.join("\n", e.lines()), ExitCodes.USAGE);
        } catch (IOException e) {
            throw new RunFailure(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new RunFailure("dedupe: " + e.getMessage(), e);
        }
    }

    /** Every cluster's golden record, in cluster order, for the reconcile stage (a dry run writes nothing). */
    static List<LocalRecord> goldenRecords(Plan plan, DedupeStage.Outcome outcome) {
        DedupeStage stage = stage(plan);
        Clusters clusters = outcome.result().clusters();
        List<LocalRecord> golden = new ArrayList<>(clusters.count());
        for (int c = 0; c < clusters.count(); c++) {
            GoldenRecord g = stage.golden(outcome, c);
            golden.add(local(outcome, c, new String[]{g.clusterId(), g.clusterId(), g.lineage()}, g.values()));
        }
        return golden;
    }

    private static String[] ids(String[] row, int fieldCount) {
        return new String[]{row[fieldCount], row[fieldCount + 1], row[fieldCount + 2]};
    }

    private static LocalRecord local(DedupeStage.Outcome outcome, int cluster, String[] ids, String[] values) {
        int[] memberIds = outcome.result().clusters().members(cluster);
        List<MatchRecord> members = new ArrayList<>(memberIds.length);
        for (int id : memberIds) {
            members.add(outcome.records().get(id));
        }
        return new LocalRecord(ids[0], ids[1], ids[2], values, List.copyOf(members));
    }

    static DedupeStage stage(Plan plan) {
        return new DedupeStage(plan.dedupe(), plan.job().sourceIds());
    }

    /** Golden records to {@code sinks}, one link row per collected record, review.csv and review.xlsx into {@code dir}. */
    static Written write(Plan plan, DedupeStage.Outcome outcome, List<RecordSink> sinks, RecordSink links, Path dir,
                         List<LocalRecord> goldenOut, Incremental incremental) throws IOException {
        DedupeStage stage = stage(plan);
        Clusters clusters = outcome.result().clusters();
        int fieldCount = plan.fields().size();
        String[] stableIds = incremental == null ? null
                : incremental.assign(clusterRefs(plan, outcome)).ids();
        String[] clusterIds = new String[clusters.count()];
        for (int c = 0; c < clusters.count(); c++) {
            GoldenRecord golden = stage.golden(outcome, c);
            clusterIds[c] = stableIds == null ? golden.clusterId() : stableIds[c];
            String[] row = new String[fieldCount + 3];
            System.arraycopy(golden.values(), 0, row, 0, fieldCount);
            row[fieldCount] = clusterIds[c];
            row[fieldCount + 1] = clusterIds[c];
            row[fieldCount + 2] = golden.lineage();
            for (RecordSink sink : sinks) {
                sink.write(row);
            }
            if (goldenOut != null) {
                goldenOut.add(local(outcome, c, ids(row, fieldCount), golden.values()));
            }
        }
        for (MatchRecord r : outcome.records()) {
            links.write(new String[]{r.source(), r.key(), clusterIds[clusters.clusterOf(r.id())],
                    ReviewFiles.probability(clusters.probability(r.id()))});
        }
        ReviewFiles review = new ReviewFiles(outcome.result(), outcome.records(), plan.dedupe().settings().comparisons());
        String csvSha = review.writeCsv(dir.resolve(JobRunner.REVIEW_CSV));
        review.writeXlsx(dir.resolve(JobRunner.REVIEW_XLSX));
        List<OutputFile> files = List.of(
                new OutputFile(JobRunner.REVIEW_CSV, csvSha, review.rows()),
                new OutputFile(JobRunner.REVIEW_XLSX, Digests.sha256(dir.resolve(JobRunner.REVIEW_XLSX)), review.rows()));
        return new Written(clusters.count(), files, outcome.summary());
    }

    /** Each cluster's members as {@code source:key} and its anchor's id, the same anchor {@link DedupeStage#golden} names it by. */
    private static List<IdAssigner.Cluster> clusterRefs(Plan plan, DedupeStage.Outcome outcome) {
        Clusters clusters = outcome.result().clusters();
        List<String> order = plan.job().sourceIds();
        List<IdAssigner.Cluster> result = new ArrayList<>(clusters.count());
        for (int c = 0; c < clusters.count(); c++) {
            int[] ids = clusters.members(c);
            String[] refs = new String[ids.length];
            MatchRecord anchor = null;
            for (int i = 0; i < ids.length; i++) {
                MatchRecord r = outcome.records().get(ids[i]);
                refs[i] = r.source() + ":" + r.key();
                if (anchor == null || byAnchor(order, r, anchor) < 0) {
                    anchor = r;
                }
            }
            result.add(new IdAssigner.Cluster(refs, StableId.of(anchor.source(), anchor.key())));
        }
        return result;
    }

    private static int byAnchor(List<String> order, MatchRecord a, MatchRecord b) {
        int c = Integer.compare(order.indexOf(a.source()), order.indexOf(b.source()));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.key().length(), b.key().length());
        return c != 0 ? c : a.key().compareTo(b.key());
    }
}
