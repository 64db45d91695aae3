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
 * The job dedupes: each golden record lists its rows in {@code sources}, and its values must be
 * values the truth gives those rows.
 */
class SampleJobEndToEndTest {

    private static final Path JOB = Path.of("../mapping-rules/kharkiv-residents.yaml");
    private static final Path TRUTH = Path.of("../samples/kharkiv/residents.truth.csv");

    @TempDir
    static Path out;
    static CliRunner result;
    static Map<String, CSVRecord> truth;
    /** Golden record of each accepted row's key (several keys share one when the row was a duplicate). */
    static Map<String, Map<String, String>> records;
    static List<CSVRecord> golden;
    static List<CSVRecord> rejects;

    @BeforeAll
    static void runSampleJob() throws IOException {
        result = CliRunner.run("run", JOB.toString(), "--out", out.toString(), "-q");
        truth = new LinkedHashMap<>();
        for (CSVRecord r : read(TRUTH)) {
            truth.put(r.get("key"), r);
        }
        records = new HashMap<>();
        golden = read(out.resolve("latest/records.csv"));
        for (CSVRecord r : golden) {
            for (String ref : r.get("sources").split("\\|")) {
                assertThat(ref).startsWith("residents:");
                assertThat(records.put(ref.substring("residents:".length()), r.toMap())).as("%s in two records", ref).isNull();
            }
        }
        rejects = read(out.resolve("latest/rejects.csv"));
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
        long people = truth.values().stream().filter(t -> t.get("expect").equals("accept")).map(t -> t.get("person_id")).distinct().count();
        // One golden record per person; a missed duplicate may leave one extra.
        assertThat(golden).hasSizeBetween((int) people, (int) (people + people / 100));
    }

    @Test
    void mergesTheGroundTruthsDuplicatesWithF1OfAtLeast098() {
        long truePairs = 0, predicted = 0, correct = 0;
        Map<String, List<String>> byPerson = new HashMap<>();
        Map<String, List<String>> byCluster = new HashMap<>();
        for (CSVRecord t : truth.values()) {
            if (records.containsKey(t.get("key"))) {
                byPerson.computeIfAbsent(t.get("person_id"), k -> new ArrayList<>()).add(t.get("key"));
                byCluster.computeIfAbsent(records.get(t.get("key")).get("cluster_id"), k -> new ArrayList<>()).add(t.get("key"));
            }
        }
        for (List<String> keys : byPerson.values()) {
            truePairs += (long) keys.size() * (keys.size() - 1) / 2;
        }
        for (List<String> keys : byCluster.values()) {
            predicted += (long) keys.size() * (keys.size() - 1) / 2;
            Map<String, Integer> persons = new HashMap<>();
            keys.forEach(k -> persons.merge(truth.get(k).get("person_id"), 1, Integer::sum));
            for (int n : persons.values()) {
                correct += (long) n * (n - 1) / 2;
            }
        }
        assertThat(truePairs).isGreaterThan(100);
        double precision = (double) correct / predicted;
        double recall = (double) correct / truePairs;
        assertThat(2 * precision * recall / (precision + recall)).as("precision %s recall %s", precision, recall)
                .isGreaterThanOrEqualTo(0.98);
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
                // A golden record's value is the value the truth gives one of its rows (survivorship picks
                // among them); for a row merged with nobody that is the row's own value.
                List<CSVRecord> members = java.util.Arrays.stream(r.get("sources").split("\\|"))
                        .map(ref -> truth.get(ref.substring("residents:".length()))).toList();
                for (String field : List.of("birth_date", "sex", "rnokpp", "entry_date", "document_number", "document_type",
                        "registration_settlement", "registration_street", "registration_house", "registration_apartment", "katottg")) {
                    Set<String> allowed = new java.util.HashSet<>();
                    members.forEach(m -> allowed.add(expected(m, field)));
                    if (field.equals("rnokpp") && members.size() > 1) {
                        allowed.remove(""); // a merged record keeps a tax number when any of its rows had one
                        if (allowed.isEmpty()) {
                            allowed.add("");
                        }
                    }
                    soft.assertThat(r.get(field)).as(row + " " + field).isIn(allowed);
                }
                for (String field : List.of("surname", "given_name", "patronymic")) {
                    if (members.stream().noneMatch(m -> m.get(field).equals(r.get(field)))) {
                        // The defects of every merged row: the surviving spelling may come from another row.
                        Set<String> all = new java.util.TreeSet<>();
                        members.forEach(m -> all.addAll(defects(m)));
                        nameMisses.add("key " + t.get("key") + " " + all + " " + field + ": " + r.get(field) + " ≠ " + t.get(field));
                    }
                }
            }
        });
        // A Russian spelling shared by two Ukrainian names (Наталья: Наталія or Наталя; Анна: Анна
        // or Ганна) cannot be told apart by any table; every other name must come out exactly.
        assertThat(nameMisses).allMatch(m -> m.contains("ru_given") || m.contains("ru_patronymic"));
        assertThat(nameMisses).as("name misses").hasSizeLessThanOrEqualTo(20);
    }

    /** What the job should make of a truth row's field. */
    private static String expected(CSVRecord t, String field) {
        // "м. Харків, вул. Римарська, буд. 41, кв. 5": the parts the job maps.
        String[] address = t.get("address").split(", ");
        return switch (field) {
            case "entry_date" -> t.get("registration_date");
            case "document_type" -> t.get("document_type").equals("passport") ? "passport_booklet" : t.get("document_type");
            case "registration_settlement" -> address[0].substring(3);
            case "registration_street" -> address[1];
            case "registration_house" -> address[2].substring("буд. ".length());
            case "registration_apartment" -> address.length > 3 ? address[3].substring("кв. ".length()) : "";
            case "katottg" -> "UA63120270010096107";
            default -> t.get(field);
        };
    }

    @Test
    void linksOneRowPerAcceptedRowToItsGoldenRecord() throws IOException {
        List<CSVRecord> links = read(out.resolve("latest/links.csv"));
        assertThat(links).hasSize(records.size());
        for (CSVRecord link : links) {
            Map<String, String> r = records.get(link.get("key"));
            assertThat(r).isNotNull();
            assertThat(link.get("cluster_id")).isEqualTo(r.get("cluster_id")).isEqualTo(r.get("unireg_id"));
        }
        assertThat(out.resolve("latest/review.csv")).exists();
        assertThat(out.resolve("latest/review.xlsx")).exists();
    }
}
