package io.unireg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the housing (cp866 FoxPro DBF) and social (JSON) sample jobs in-process and checks every
 * record against the generators' ground truth; then reads each run's records.ndjson back through an
 * ndjson source and checks the CSV it writes is the same records (json/dbf → ndjson → csv round trip).
 */
class LegacySamplesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Truth column → output column, for the fields both jobs map. */
    private static final Map<String, String> FIELDS = Map.of(
        "surname", "surname", "given_name", "given_name", "patronymic", "patronymic", "sex", "sex",
        "birth_date", "birth_date", "rnokpp", "rnokpp", "document_number", "document_number",
        "street", "registration_street", "house", "registration_house", "apartment", "registration_apartment");

    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
            .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static Map<String, Map<String, String>> bySourceKey(List<CSVRecord> records, String source) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            m.put(r.get("sources").substring(source.length() + 1), r.toMap());
        }
        return m;
    }

    /** cp866 has no ґ: a DOS export wrote г, and nothing can tell it back. */
    private static String dos(String name) {
        return name.replace('ґ', 'г').replace('Ґ', 'Г');
    }

    @Test
    void housingDbfRecordsMatchTheTruthAndDeletedRowsAreSkippedAndCounted() throws Exception {
        Path out = dir.resolve("housing");
        CliRunner run = CliRunner.run("run", "../mapping-rules/kharkiv-housing.yaml", "--out", out.toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<CSVRecord> truth = read(Path.of("../samples/kharkiv/housing.truth.csv"));
        long deleted = truth.stream().filter(t -> t.get("deleted").equals("true")).count();
        assertThat(deleted).isPositive();
        Map<String, Map<String, String>> records = bySourceKey(read(out.resolve("latest/records.csv")), "housing");
        List<String> expectedKeys = truth.stream().filter(t -> t.get("expect").equals("accept")).map(t -> t.get("key")).toList();
        assertThat(records.keySet()).containsExactlyElementsOf(expectedKeys);
        assertSoftly(soft -> {
            for (CSVRecord t : truth) {
                Map<String, String> r = records.get(t.get("key"));
                if (r == null) {
                    continue;
                }
                FIELDS.forEach((truthField, outField) -> {
                    String expected = truthField.endsWith("name") || truthField.equals("surname") || truthField.equals("patronymic")
                        ? dos(t.get(truthField)) : t.get(truthField);
                    soft.assertThat(r.get(outField)).as("%s %s", t.get("key"), outField).isEqualTo(expected);
                });
                soft.assertThat(r.get("document_type")).as(t.get("key"))
                    .isEqualTo(t.get("document_type").equals("passport") ? "passport_booklet" : "id_card");
            }
        });

        JsonNode input = JSON.readTree(out.resolve("latest/manifest.json").toFile()).get("inputs").get(0);
        assertThat(input.get("rows_skipped").get("deleted").asLong()).isEqualTo(deleted);
        assertThat(input.get("rows_read").asLong()).isEqualTo(expectedKeys.size());
        assertThat(input.get("detected").get("encoding").asText()).isEqualTo("IBM866");
        assertThat(input.get("detected").get("memo_file").asText()).isEqualTo("housing.fpt");
        assertThat(run.err()).contains("unireg: source housing: skipped " + deleted + " deleted rows");

        assertRoundTripThroughNdjson(out, "housing");
    }

    @Test
    void socialJsonRecordsMatchTheTruthAndRecipientsWithoutBirthDateAreRejected() throws Exception {
        Path out = dir.resolve("social");
        CliRunner run = CliRunner.run("run", "../mapping-rules/kharkiv-social.yaml", "--out", out.toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<CSVRecord> truth = read(Path.of("../samples/kharkiv/social.truth.csv"));
        Map<String, Map<String, String>> records = bySourceKey(read(out.resolve("latest/records.csv")), "social");
        assertThat(records.keySet()).containsExactlyElementsOf(
            truth.stream().filter(t -> t.get("expect").equals("accept")).map(t -> t.get("key")).toList());
        List<CSVRecord> rejects = read(out.resolve("latest/rejects.csv"));
        assertThat(rejects).extracting(r -> r.get("key")).containsExactlyElementsOf(
            truth.stream().filter(t -> t.get("expect").equals("reject")).map(t -> t.get("key")).toList());
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("field")).isEqualTo("birth_date"));
        assertSoftly(soft -> {
            for (CSVRecord t : truth) {
                Map<String, String> r = records.get(t.get("key"));
                if (r == null) {
                    continue;
                }
                FIELDS.forEach((truthField, outField) ->
                    soft.assertThat(r.get(outField)).as("%s %s", t.get("key"), outField).isEqualTo(t.get(truthField)));
                soft.assertThat(r.get("registration_settlement")).isEqualTo("м. Харків");
            }
        });
        JsonNode input = JSON.readTree(out.resolve("latest/manifest.json").toFile()).get("inputs").get(0);
        assertThat(input.get("detected").get("records").asText()).isEqualTo("/data/recipients");

        assertRoundTripThroughNdjson(out, "social");
    }

    /** Reads {@code first}'s records.ndjson with an ndjson source and expects the same records in CSV. */
    private void assertRoundTripThroughNdjson(Path first, String source) throws Exception {
        List<CSVRecord> original = read(first.resolve("latest/records.csv"));
        List<String> header = original.get(0).getParser().getHeaderNames();
        StringBuilder job = new StringBuilder("unireg: 1\njob: round-trip\nsources:\n  - id: again\n    type: ndjson\n    path: "
            + first.resolve("latest/records.ndjson").toAbsolutePath() + "\n    key: /sources\ntarget:\n  schema: eddr-person\nfields:\n");
        for (String column : header.subList(0, header.indexOf("unireg_id"))) {
            if (original.stream().anyMatch(r -> !r.get(column).isEmpty())) {
                job.append("  ").append(column).append(": /").append(column).append('\n');
            }
        }
        job.append("outputs:\n  - {type: csv, path: records.csv}\n");
        Path jobFile = dir.resolve(source + "-again.yaml");
        Files.writeString(jobFile, job);
        Path again = dir.resolve(source + "-again");

        CliRunner run = CliRunner.run("run", jobFile.toString(), "--out", again.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> copy = read(again.resolve("latest/records.csv"));
        assertThat(copy).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            Map<String, String> a = new LinkedHashMap<>(original.get(i).toMap());
            Map<String, String> b = new LinkedHashMap<>(copy.get(i).toMap());
            assertThat(b.get("sources")).isEqualTo("again:" + a.get("sources"));
            for (String generated : List.of("unireg_id", "cluster_id", "sources")) {
                a.remove(generated);
                b.remove(generated);
            }
            assertThat(b).as("record %d", i + 1).isEqualTo(a);
        }
    }
}
