package io.unireg.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every figure of the report model, counted again here from the rows of a generated run folder. */
class ReportModelTest {

    @TempDir
    static Path dir;
    static Path run;
    static ReportModel model;
    static List<CSVRecord> links;
    static List<CSVRecord> rejects;
    static List<CSVRecord> review;
    static List<CSVRecord> reconciliation;

    @BeforeAll
    static void generate() throws Exception {
        run = dir.resolve("run");
        GeneratedRun.write(run, 42);
        model = ReportReader.read(run, ReportOptions.DEFAULT);
        links = csv(run.resolve("links.csv"));
        rejects = csv(run.resolve("rejects.csv"));
        review = csv(run.resolve("review.csv"));
        reconciliation = csv(run.resolve("reconciliation.csv"));
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void summaryFiguresAreCountedFromLinksAndRejects() {
        Map<String, Long> accepted = new HashMap<>();
        links.forEach(r -> accepted.merge(r.get("source"), 1L, Long::sum));
        Set<String> clusters = new HashSet<>();
        links.forEach(r -> clusters.add(r.get("cluster_id")));
        Set<String> rejectedLines = new HashSet<>();
        rejects.forEach(r -> rejectedLines.add(r.get("source") + ":" + r.get("line")));
        long read = model.inputs().stream().mapToLong(ReportModel.InputFigures::rowsRead).sum();

        ReportModel.Summary s = model.summary();
        assertThat(s.inputs()).isEqualTo(2);
        assertThat(s.rowsAccepted()).isEqualTo(links.size());
        assertThat(s.rowsRead()).isEqualTo(read);
        assertThat(s.rowsRejected()).isEqualTo(read - links.size()).isPositive();
        assertThat(s.rejectRows()).isEqualTo(rejects.size());
        assertThat(s.rowsWithRejects()).isEqualTo(rejectedLines.size()).isGreaterThan(s.rowsRejected());
        assertThat(s.goldenRecords()).isEqualTo(clusters.size());
        assertThat(s.duplicatesMerged()).isEqualTo(links.size() - clusters.size()).isPositive();
        for (ReportModel.InputFigures in : model.inputs()) {
            assertThat(in.rowsAccepted()).isEqualTo(accepted.get(in.source()));
            assertThat(in.rowsRejected()).isEqualTo(in.rowsRead() - accepted.get(in.source()));
            assertThat(in.rejectRows()).isEqualTo(rejects.stream().filter(r -> r.get("source").equals(in.source())).count());
        }
    }

    @Test
    void rejectGroupsCountEveryRowOfRejectsCsvLargestFirst() {
        Map<List<String>, Long> expected = new HashMap<>();
        rejects.forEach(r -> expected.merge(List.of(r.get("source"), r.get("field"), r.get("rule")), 1L, Long::sum));

        assertThat(model.rejects().rows()).isEqualTo(rejects.size());
        assertThat(model.rejects().groups()).hasSize(expected.size());
        for (ReportModel.RejectGroup g : model.rejects().groups()) {
            assertThat(g.rows()).isEqualTo(expected.get(List.of(g.source(), g.field(), g.rule())));
            assertThat(g.examples()).hasSize((int) Math.min(ReportReader.EXAMPLES, g.rows()));
        }
        assertThat(model.rejects().groups()).extracting(ReportModel.RejectGroup::rows).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void clusterSizesAndScoresComeFromLinksAndReview() {
        Map<String, Integer> perCluster = new HashMap<>();
        links.forEach(r -> perCluster.merge(r.get("cluster_id"), 1, Integer::sum));
        Map<Integer, Long> sizes = new TreeMap<>();
        perCluster.values().forEach(n -> sizes.merge(n, 1L, Long::sum));
        long[] linkBins = new long[ReportModel.DedupeFigures.BINS];
        links.forEach(r -> linkBins[ReportReader.bin(Double.parseDouble(r.get("match_probability")))]++);
        long[] reviewBins = new long[ReportModel.DedupeFigures.BINS];
        review.forEach(r -> reviewBins[ReportReader.bin(Double.parseDouble(r.get("match_probability")))]++);

        ReportModel.DedupeFigures d = model.dedupe();
        assertThat(d.ran()).isTrue();
        assertThat(d.clusterSizes()).isEqualTo(sizes);
        assertThat(d.mergedClusters()).isEqualTo(perCluster.values().stream().filter(n -> n > 1).count());
        assertThat(d.linkScores()).containsExactly(linkBins);
        assertThat(d.reviewScores()).containsExactly(reviewBins);
        assertThat(d.linkScores()[ReportModel.DedupeFigures.BINS - 1]).as("probability 1.0 falls in the last bin")
                .isEqualTo(links.stream().filter(r -> Double.parseDouble(r.get("match_probability")) >= 0.95).count());
        assertThat(d.reviewPairs()).isEqualTo(review.size());
        assertThat(d.matchThreshold()).isEqualTo(0.9);
        assertThat(d.reviewThreshold()).isEqualTo(0.5);
    }

    @Test
    void reconciliationStatusesAndDifferingFieldsComeFromReconciliationCsv() {
        Map<String, Long> statuses = new HashMap<>();
        Map<String, Long> fields = new HashMap<>();
        for (CSVRecord r : reconciliation) {
            statuses.merge(r.get("status"), 1L, Long::sum);
            for (String f : r.get("differing_fields").split(";")) {
                if (!f.isEmpty()) {
                    fields.merge(f, 1L, Long::sum);
                }
            }
        }
        ReportModel.ReconciliationFigures rec = model.reconciliation();
        assertThat(rec.ran()).isTrue();
        assertThat(rec.rows()).isEqualTo(reconciliation.size());
        assertThat(rec.statuses().keySet()).containsExactlyElementsOf(ReportModel.RECONCILIATION_STATUSES);
        ReportModel.RECONCILIATION_STATUSES.forEach(s -> assertThat(rec.statuses().get(s)).as(s).isEqualTo(statuses.getOrDefault(s, 0L)));
        assertThat(rec.differingFields()).hasSize(fields.size())
                .allSatisfy(f -> assertThat(f.records()).isEqualTo(fields.get(f.field())));
    }

    @Test
    void gatesAndRunComeFromTheManifest() {
        assertThat(model.run().job()).isEqualTo("generated-42");
        assertThat(model.gates()).extracting(ReportModel.Gate::gate).containsExactly("max_reject_rate", "min_records");
        assertThat(model.gatesPassed()).isFalse();
        assertThat(model.files()).extracting(ReportModel.SourceFile::path)
                .containsExactly("rejects.csv", "links.csv", "review.csv", "reconciliation.csv");
        assertThat(model.files().get(1).sha256()).isEqualTo("ef".repeat(32));
    }

    @Test
    void stagesWithoutTheirFilesAreNotRun() throws Exception {
        Path bare = dir.resolve("bare");
        GeneratedRun.write(bare, 7);
        Files.delete(bare.resolve("review.csv"));
        Files.delete(bare.resolve("reconciliation.csv"));
        // Every row its own record with certainty, and no dedupe in the manifest: what a run without dedupe writes.
        List<String> lines = new ArrayList<>(Files.readAllLines(bare.resolve("links.csv")));
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            lines.set(i, c[0] + "," + c[1] + ",u" + String.format("%016x", i) + ",1.0");
        }
        Files.write(bare.resolve("links.csv"), lines);
        String manifest = Files.readString(bare.resolve("manifest.json"));
        Files.writeString(bare.resolve("manifest.json"), manifest.substring(0, manifest.indexOf(",\n  \"dedupe\"")) + "\n}");

        ReportModel m = ReportReader.read(bare, ReportOptions.DEFAULT);

        assertThat(m.dedupe().ran()).isFalse();
        assertThat(m.dedupe().hasReview()).isFalse();
        assertThat(m.reconciliation().ran()).isFalse();
        assertThat(m.reconciliation().statuses().values()).containsOnly(0L);
        assertThat(m.summary().duplicatesMerged()).isZero();
        String html = ReportHtml.render(m, new ReportOptions("en", false));
        assertThat(html).contains("This run did not look for duplicates").contains("This run did not reconcile with the state registry");
        assertThat(ReportHtml.render(m, ReportOptions.DEFAULT)).contains("Пошук дублікатів у цьому запуску не виконувався");
    }

    @Test
    void aBrokenRunFileIsAnErrorNamingFileAndLine() throws Exception {
        Path broken = dir.resolve("broken");
        GeneratedRun.write(broken, 3);
        Files.writeString(broken.resolve("links.csv"), "source,key,cluster_id,match_probability\r\nresidents,1,u1,0.5\r\nresidents,2,u2,high\r\n");

        assertThatThrownBy(() -> ReportReader.read(broken, ReportOptions.DEFAULT)).isInstanceOf(ReportException.class)
                .hasMessageEndingWith("links.csv:3: match_probability 'high' is not a probability between 0 and 1");
        assertThatThrownBy(() -> ReportReader.read(dir.resolve("nowhere"), ReportOptions.DEFAULT)).isInstanceOf(ReportException.class)
                .hasMessageContaining("no manifest.json");
    }

    @Test
    void clusterCounterIsExactForRunIdsAndOtherSpellings() {
        ClusterCounter c = new ClusterCounter();
        for (int i = 0; i < 10_000; i++) {
            c.add(String.format("u%016x", (long) i * 0x9E3779B97F4A7C15L));
            c.add(String.format("u%016x", (long) i * 0x9E3779B97F4A7C15L));
        }
        c.add("u0000000000000000");
        c.add("uffffffffffffffff");
        c.add("uFFFFFFFFFFFFFFFF");
        c.add("other");
        c.add("other");
        c.add("other");
        // Arabic-Indic digits are digits to Character.digit, but not an id StableId writes: its own cluster
        c.add("u000000000000000\u0661");
        c.add("u0000000000000001");

        assertThat(c.clusters()).isEqualTo(10_000 + 1 + 1 + 1 + 2);
        assertThat(c.sizes()).containsEntry(2, 10_000L - 1).containsEntry(3, 2L).containsEntry(1, 4L);
    }

    @Test
    void clusterCounterAgreesWithAMapAcrossManyBlocks() {
        // Ids repeat across the counter's 64k blocks (and a few clusters are larger than its array of small sizes).
        java.util.Random random = new java.util.Random(5);
        ClusterCounter c = new ClusterCounter();
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        for (int i = 0; i < 300_000; i++) {
            long id = i % 7 == 0 ? random.nextInt(50) : random.nextLong() >>> random.nextInt(4) * 20;
            String s = String.format("u%016x", id);
            c.add(s);
            expected.merge(s, 1, Integer::sum);
            if (i == 150_000) {
                assertThat(c.clusters()).as("asked midway, then more come").isEqualTo(expected.size());
            }
        }
        java.util.Map<Integer, Long> sizes = new java.util.TreeMap<>();
        expected.values().forEach(n -> sizes.merge(n, 1L, Long::sum));
        assertThat(c.clusters()).isEqualTo(expected.size());
        assertThat(c.sizes()).isEqualTo(sizes);
        assertThat(sizes.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(64);
    }
}
