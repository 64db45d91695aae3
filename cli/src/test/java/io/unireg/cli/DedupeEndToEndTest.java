package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unireg.match.RecordRef;
import io.unireg.match.eval.Evaluation;
import io.unireg.match.eval.LabelFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates multi-source data with known duplicates, runs the generated job as a user would, and
 * measures the links against the generator's truth; then walks the clerk's loop (review.xlsx filled
 * in, read back on the next run), train and explain.
 */
class DedupeEndToEndTest {

    private static final int ROWS = 4000;

    @TempDir
    static Path dir;
    static Path job;
    static Path out;
    static CliRunner run;
    static Map<RecordRef, String> truth;
    static JsonNode manifest;

    @BeforeAll
    static void generateAndRun() throws IOException {
        CliRunner gen = CliRunner.run("generate", "--kind", "residents", "--rows", Integer.toString(ROWS),
                "--duplicates", "0.15", "--seed", "11", "--out", dir.toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        job = dir.resolve("job.yaml");
        run = CliRunner.run("run", job.toString(), "--out", dir.resolve("out").toString(), "-q");
        out = dir.resolve("out").resolve("latest");
        truth = LabelFiles.truth(dir.resolve("truth.csv"));
        manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** Pairwise accuracy over the rows the run accepted (a rejected row has no link to judge). */
    static Evaluation evaluate(Path links) throws IOException {
        Map<RecordRef, String> predicted = LabelFiles.links(links);
        Map<RecordRef, String> accepted = new LinkedHashMap<>(truth);
        accepted.keySet().retainAll(predicted.keySet());
        return Evaluation.of(accepted, predicted, 10);
    }

    @Test
    void findsTheGeneratorsDuplicatesWithF1OfAtLeast098() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Evaluation e = evaluate(out.resolve("links.csv"));
        assertThat(e.truePairs()).isGreaterThan(400);
        assertThat(e.f1()).as("F1 (precision %.4f, recall %.4f)", e.precision(), e.recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(e.unknownInTruth()).isZero();
    }

    @Test
    void linksEveryAcceptedRowOnceAndEachGoldenRecordListsItsRows() throws IOException {
        List<CSVRecord> links = read(out.resolve("links.csv"));
        List<CSVRecord> records = read(out.resolve("records.csv"));
        long rejectedRows = manifest.get("inputs").findValues("rows_rejected").stream().mapToLong(JsonNode::asLong).sum();
        assertThat(links).hasSize((int) (ROWS - rejectedRows));
        Map<String, String> clusterOf = new HashMap<>();
        for (CSVRecord l : links) {
            assertThat(clusterOf.put(l.get("source") + ":" + l.get("key"), l.get("cluster_id"))).isNull();
            assertThat(Double.parseDouble(l.get("match_probability"))).isBetween(0.0, 1.0);
        }
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : records) {
            assertThat(r.get("cluster_id")).isEqualTo(r.get("unireg_id"));
            for (String ref : r.get("sources").split("\\|")) {
                assertThat(seen.add(ref)).as("%s in one golden record only", ref).isTrue();
                assertThat(clusterOf.get(ref)).as(ref).isEqualTo(r.get("cluster_id"));
            }
        }
        assertThat(seen).isEqualTo(clusterOf.keySet());
        assertThat(records).hasSize(manifest.at("/dedupe/clusters").asInt());
        assertThat(run.err()).contains("wrote " + records.size() + " records")
                .contains("duplicates merged");
    }

    @Test
    void manifestReportsPairsPerBlockingRuleAndClusterFigures() {
        JsonNode d = manifest.get("dedupe");
        assertThat(d.get("blocking")).hasSize(5);
        long compared = 0;
        for (JsonNode rule : d.get("blocking")) {
            assertThat(rule.get("candidate_pairs").asLong()).isGreaterThanOrEqualTo(rule.get("compared_pairs").asLong());
            compared += rule.get("compared_pairs").asLong();
        }
        assertThat(d.get("compared_pairs").asLong()).isEqualTo(compared);
        assertThat(d.get("duplicates_merged").asInt()).isEqualTo(d.get("records").asInt() - d.get("clusters").asInt());
        assertThat(manifest.get("outputs").findValuesAsText("path")).contains("review.csv", "review.xlsx", "links.csv");
        // In this order in every JVM (Map.of's iteration order changes with the JVM's salt): the same run, the same manifest.
        assertThat(d.get("thresholds").fieldNames()).toIterable().containsExactly("match", "review");
    }

    @Test
    void reviewFilesHoldThePairsBetweenTheThresholdsSideBySide() throws IOException {
        List<CSVRecord> review = read(out.resolve("review.csv"));
        assertThat(review).hasSize(manifest.at("/dedupe/review_pairs").asInt()).isNotEmpty();
        for (CSVRecord r : review) {
            assertThat(Double.parseDouble(r.get("probability"))).isBetween(0.5, 0.9);
            assertThat(r.get("surname.level")).isNotEmpty();
            assertThat(r.get("decision")).isEmpty();
        }
        try (InputStream in = Files.newInputStream(out.resolve("review.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(review.size());
            Row head = sheet.getRow(0);
            assertThat(head.getCell(head.getLastCellNum() - 1).getStringCellValue()).isEqualTo("decision");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(review.get(0).get("left"));
            assertThat(sheet.getDataValidations()).hasSize(1);
        }
    }

    @Test
    void theClerksFilledInReviewXlsxDecidesThosePairsOnTheNextRun(@TempDir Path second) throws IOException {
        // The clerk answers every review pair from the truth, in the workbook the run wrote.
        Path decisions = dir.resolve("decisions.xlsx");
        int answered = 0;
        try (InputStream in = Files.newInputStream(out.resolve("review.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int decisionColumn = sheet.getRow(0).getLastCellNum() - 1;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                boolean same = truth.get(RecordRef.parse(row.getCell(0).getStringCellValue()))
                        .equals(truth.get(RecordRef.parse(row.getCell(1).getStringCellValue())));
                row.createCell(decisionColumn).setCellValue(same ? "match" : "no_match");
                answered++;
            }
            try (OutputStream o = Files.newOutputStream(decisions)) {
                book.write(o);
            }
        }
        // A decision about a record that no longer exists is reported, not fatal.
        Files.writeString(dir.resolve("more.csv"), "residents:999999999,benefits:1,match\n");
        Path withDecisions = dir.resolve("job-decided.yaml");
        Files.writeString(withDecisions, Files.readString(job)
                .replace("# review_decisions: review-decisions.xlsx", "review_decisions: decisions.xlsx"));
        CliRunner again = CliRunner.run("run", withDecisions.toString(), "--out", second.toString(), "-q");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(second.resolve("latest/manifest.json").toFile()).get("dedupe");
        assertThat(d.at("/review_decisions/read").asInt()).isEqualTo(answered);
        assertThat(d.at("/review_decisions/must_link_applied").asInt() + d.at("/review_decisions/cannot_link_applied").asInt())
                .isEqualTo(answered);
        assertThat(d.get("review_pairs").asInt()).as("decided pairs leave the review").isZero();
        assertThat(again.err()).contains(answered + " clerk decisions applied");
        Evaluation before = evaluate(out.resolve("links.csv"));
        Evaluation after = evaluate(second.resolve("latest/links.csv"));
        assertThat(after.f1()).isGreaterThanOrEqualTo(before.f1());

        Files.writeString(withDecisions, Files.readString(job)
                .replace("# review_decisions: review-decisions.xlsx", "review_decisions: more.csv"));
        CliRunner missing = CliRunner.run("run", withDecisions.toString(), "--out", second.toString(), "-q");
        assertThat(missing.exitCode()).as(missing.err()).isZero();
        assertThat(missing.err()).contains("more.csv:1").contains("residents:999999999").contains("no longer");
    }

    @Test
    void trainWritesParametersThatAPinnedRunUses(@TempDir Path third) throws IOException {
        Path params = dir.resolve("params.yaml");
        CliRunner train = CliRunner.run("train", job.toString(), "--out", params.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("wrote " + params).contains("parameters: params.yaml");
        Path pinned = dir.resolve("job-pinned.yaml");
        Files.writeString(pinned, Files.readString(job).replace("  thresholds:", "  parameters: params.yaml\n  thresholds:"));
        CliRunner run = CliRunner.run("run", pinned.toString(), "--out", third.toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(third.resolve("latest/manifest.json").toFile());
        assertThat(m.at("/dedupe/parameters_trained_in_run").asBoolean()).isFalse();
        assertThat(evaluate(third.resolve("latest/links.csv")).f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void explainShowsAPairsWaterfallAndARecordsCluster() throws IOException {
        CSVRecord pair = read(out.resolve("review.csv")).get(0);
        CliRunner explain = CliRunner.run("explain", job.toString(), "--pair", pair.get("left"), pair.get("right"));
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("prior").contains("surname").contains("birth_date")
                .contains("probability " + pair.get("probability")).contains("review");
        CliRunner record = CliRunner.run("explain", job.toString(), "--record", pair.get("left"));
        assertThat(record.exitCode()).as(record.err()).isZero();
        assertThat(record.out()).startsWith(pair.get("left") + ": cluster of");
        CliRunner unknown = CliRunner.run("explain", job.toString(), "--record", "residents:nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no accepted row residents:nope");
    }
}
