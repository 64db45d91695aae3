package io.unireg.cli;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Runs the README's sample job in-process and checks its outputs row by row against the
 * generator's ground truth (samples/kharkiv/residents.truth.csv), not against earlier outputs.
 */
class SampleJobEndToEndTest {

    private static final Path JOB = Path.of("../mapping-rules/kharkiv-residents.yaml");
    private static final Path TRUTH = Path.of("../samples/kharkiv/residents.truth.csv");

    @TempDir
    static Path out;
    static CliRunner result;
    static Map<String, CSVRecord> truth;
    static Map<String, Map<String, String>> records;
    static List<CSVRecord> rejects;

    @BeforeAll
    static void runSampleJob() throws IOException {
        result = CliRunner.run("run", JOB.toString(), "--out", out.toString(), "-q");
        truth = new LinkedHashMap<>();
        for (CSVRecord r : read(TRUTH)) {
            truth.put(r.get("key"), r);
        }
        records = new HashMap<>();
        for (CSVRecord r : read(out.resolve("records.csv"))) {
            records.put(r.get("sources").substring("residents:".length()), r.toMap());
        }
        rejects = read(out.resolve("rejects.csv"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static Set<String> defects(CSVRecord t) {
        return Set.of(t.get("defects").split("\\|"));
    }

    @Test
    void exitsZeroWithTheSummaryLine() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("unireg: kharkiv-residents: ok — read 3000 rows");
    }

    @Test
    void rejectsExactlyTheRowsTheGroundTruthMarksIrrecoverable() {
        List<String> expectedRejected = truth.values().stream().filter(t -> t.get("expect").equals("reject"))
                .map(t -> t.get("key")).toList();
        assertThat(expectedRejected).isNotEmpty();
        assertThat(rejects).extracting(r -> r.get("key")).containsExactlyInAnyOrderElementsOf(expectedRejected);
        for (CSVRecord reject : rejects) {
            CSVRecord t = truth.get(reject.get("key"));
            assertThat(Set.of(t.get("reject_fields").split("\\|"))).as("reject %s", reject.toMap()).contains(reject.get("field"));
            assertThat(reject.get("source")).isEqualTo("residents");
            assertThat(Long.parseLong(reject.get("line"))).isGreaterThan(1);
            assertThat(reject.get("message")).doesNotContain(t.get("rnokpp").isEmpty() ? "\u0000" : t.get("rnokpp"));
        }
        assertThat(records).hasSize(truth.size() - expectedRejected.size());
    }

    @Test
    void everyAcceptedRowCarriesTheGroundTruthValues() {
        List<String> nameMisses = new ArrayList<>();
        assertSoftly(soft -> {
            for (CSVRecord t : truth.values()) {
                if (!t.get("expect").equals("accept")) {
                    continue;
                }
                Map<String, String> r = records.get(t.get("key"));
                soft.assertThat(r).as("record for key %s", t.get("key")).isNotNull();
                if (r == null) {
                    continue;
                }
                Set<String> defects = defects(t);
                String row = "key " + t.get("key") + " " + defects;
                soft.assertThat(r.get("birth_date")).as(row).isEqualTo(t.get("birth_date"));
                soft.assertThat(r.get("sex")).as(row).isEqualTo(t.get("sex"));
                soft.assertThat(r.get("rnokpp")).as(row).isEqualTo(t.get("rnokpp"));
                soft.assertThat(r.get("entry_date")).as(row).isEqualTo(t.get("registration_date"));
                soft.assertThat(r.get("document_number")).as(row).isEqualTo(t.get("document_number"));
                soft.assertThat(r.get("document_type")).as(row)
                        .isEqualTo(t.get("document_type").equals("passport") ? "passport_booklet" : t.get("document_type"));
                // "м. Харків, вул. Римарська, буд. 41, кв. 5": the parts the job maps.
                String[] address = t.get("address").split(", ");
                soft.assertThat(r.get("registration_settlement")).as(row).isEqualTo(address[0].substring(3));
                soft.assertThat(r.get("registration_street")).as(row).isEqualTo(address[1]);
                soft.assertThat(r.get("registration_house")).as(row).isEqualTo(address[2].substring("буд. ".length()));
                soft.assertThat(r.get("registration_apartment")).as(row)
                        .isEqualTo(address.length > 3 ? address[3].substring("кв. ".length()) : "");
                soft.assertThat(r.get("katottg")).as(row).isEqualTo("UA63120270010096107");
                for (String field : List.of("surname", "given_name", "patronymic")) {
                    if (!r.get(field).equals(t.get(field))) {
                        nameMisses.add(row + " " + field + ": " + r.get(field) + " ≠ " + t.get(field));
                    }
                }
            }
        });
        // A Russian spelling shared by two Ukrainian names (Наталья: Наталія or Наталя; Анна: Анна
        // or Ганна) cannot be told apart by any table; every other name must come out exactly.
        assertThat(nameMisses).allMatch(m -> m.contains("ru_given") || m.contains("ru_patronymic"));
        assertThat(nameMisses).as("name misses").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void linksOneRowPerRecordAndLineageNamesTheSourceRow() throws IOException {
        List<CSVRecord> links = read(out.resolve("links.csv"));
        assertThat(links).hasSize(records.size());
        for (CSVRecord link : links) {
            Map<String, String> r = records.get(link.get("key"));
            assertThat(r).isNotNull();
            assertThat(link.get("cluster_id")).isEqualTo(r.get("cluster_id")).isEqualTo(r.get("unireg_id"));
        }
    }
}
