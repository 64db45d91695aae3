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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's sample job, which reconciles its golden records against the generated state
 * extract, and checks {@code reconciliation.csv} and the update files against the generator's ground
 * truth ({@code samples/state/eddr-extract.truth.csv}): every status count, and every golden record's
 * status, state key, method and differing fields — golden records are tied to the truth's people
 * through {@code links.csv} and {@code residents.truth.csv}.
 */
class ReconcileSampleJobTest {

    private static final Path JOB = Path.of("../mapping-rules/kharkiv-residents.yaml");
    private static final Path STATE_TRUTH = Path.of("../samples/state/eddr-extract.truth.csv");
    private static final Path RESIDENTS_TRUTH = Path.of("../samples/kharkiv/residents.truth.csv");
    /** reconcile.authority.local of the sample job: the city is right about where people live. */
    private static final Set<String> LOCAL_AUTHORITY = Set.of("registration_settlement", "registration_street",
            "registration_house", "registration_apartment", "katottg");

    @TempDir
    static Path out;
    static CliRunner result;
    static List<CSVRecord> reconciliation;
    /** Truth row of each person (golden records) and of each state-only state key. */
    static Map<String, CSVRecord> truthByPerson;
    static List<CSVRecord> truth;
    /** The person each golden record stands for. */
    static Map<String, String> personOf;

    @BeforeAll
    static void runSampleJob() throws IOException {
        result = CliRunner.run("run", JOB.toString(), "--out", out.toString(), "-q");
        assertThat(result.exitCode()).as(result.err()).isZero();
        truth = read(STATE_TRUTH);
        truthByPerson = new HashMap<>();
        truth.stream().filter(t -> !t.get("status").equals("state_only")).forEach(t -> truthByPerson.put(t.get("person_id"), t));
        Map<String, String> personOfKey = new HashMap<>();
        read(RESIDENTS_TRUTH).forEach(r -> personOfKey.put(r.get("key"), r.get("person_id")));
        Map<String, Set<String>> people = new HashMap<>();
        for (CSVRecord link : read(out.resolve("latest/links.csv"))) {
            people.computeIfAbsent(link.get("cluster_id"), k -> new TreeSet<>()).add(personOfKey.get(link.get("key")));
        }
        personOf = new HashMap<>();
        people.forEach((cluster, persons) -> {
            assertThat(persons).as("golden record %s is one person", cluster).hasSize(1);
            personOf.put(cluster, persons.iterator().next());
        });
        reconciliation = read(out.resolve("latest/reconciliation.csv"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static Map<String, Long> counts(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("status"), TreeMap::new, Collectors.counting()));
    }

    @Test
    void everyStatusCountEqualsTheGroundTruth() throws IOException {
        Map<String, Long> expected = counts(truth);
        assertThat(expected.keySet()).containsExactlyInAnyOrder("matched", "matched_with_differences", "local_only",
                "ambiguous", "conflict", "state_only");
        assertThat(counts(reconciliation)).isEqualTo(expected);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("latest/manifest.json").toFile()).path("reconcile");
        assertThat(manifest.isObject()).as("manifest.json has a reconcile object").isTrue();
        JsonNode counts = manifest.has("statuses") ? manifest.get("statuses") : manifest.path("counts");
        expected.forEach((status, n) -> assertThat(counts.path(status).asLong()).as("manifest count of %s", status).isEqualTo(n));
    }

    @Test
    void everyGoldenRecordHasItsPersonsStatusStateKeyMethodAndDifferingFields() {
        List<CSVRecord> local = reconciliation.stream().filter(r -> !r.get("unireg_id").isEmpty()).toList();
        assertThat(local).hasSize(personOf.size());
        assertSoftly(soft -> {
            for (CSVRecord r : local) {
                String person = personOf.get(r.get("unireg_id"));
                CSVRecord t = truthByPerson.get(person);
                String what = person + " (" + t.get("case") + ")";
                soft.assertThat(r.get("status")).as(what + " status").isEqualTo(t.get("status"));
                soft.assertThat(r.get("state_key")).as(what + " state_key").isEqualTo(t.get("state_key"));
                soft.assertThat(r.get("method")).as(what + " method").isEqualTo(t.get("method"));
                if (t.get("status").startsWith("matched") || t.get("status").equals("conflict")) {
                    soft.assertThat(r.get("differing_fields")).as(what + " differing_fields").isEqualTo(t.get("differing_fields"));
                }
                if (t.get("method").equals("rnokpp") || t.get("method").equals("document_number")) {
                    soft.assertThat(Double.parseDouble(r.get("match_probability"))).as(what + " probability").isEqualTo(1.0);
                }
            }
        });
    }

    @Test
    void stateOnlyRowsAreTheStateRecordsNoGoldenRecordReaches() {
        List<String> expected = truth.stream().filter(t -> t.get("status").equals("state_only")).map(t -> t.get("state_key")).toList();
        List<CSVRecord> stateOnly = reconciliation.stream().filter(r -> r.get("unireg_id").isEmpty()).toList();
        assertThat(stateOnly).allMatch(r -> r.get("status").equals("state_only"));
        assertThat(stateOnly).extracting(r -> r.get("state_key")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void updatesProposeEachDifferenceToTheSideThatIsWrongWithItsKind() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (CSVRecord t : truth) {
            if (t.get("status").equals("matched_with_differences")) {
                for (String d : t.get("differences").split(";")) {
                    String field = d.substring(0, d.indexOf(':'));
                    String side = LOCAL_AUTHORITY.contains(field) ? "state_updates" : "local_updates";
                    expected.add(side + " " + t.get("person_id") + " " + t.get("state_key") + " " + d);
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        Set<String> matchedWithDifferences = new HashSet<>();
        reconciliation.stream().filter(r -> r.get("status").equals("matched_with_differences"))
                .forEach(r -> matchedWithDifferences.add(r.get("unireg_id")));
        for (String side : List.of("state_updates", "local_updates")) {
            for (CSVRecord u : read(out.resolve("latest").resolve(side + ".csv"))) {
                if (matchedWithDifferences.contains(u.get("unireg_id"))) {
                    actual.add(side + " " + personOf.get(u.get("unireg_id")) + " " + u.get("state_key") + " " + u.get("field")
                            + ":" + u.get("difference"));
                    assertThat(u.get("evidence")).isNotBlank();
                }
            }
        }
        assertThat(expected).anyMatch(e -> e.endsWith(":formatting")).anyMatch(e -> e.startsWith("state_updates"))
                .anyMatch(e -> e.startsWith("local_updates"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void writesEachStatusesRowsInTheJobsCsvOutput() throws IOException {
        Map<String, Long> expected = counts(truth);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Path file = out.resolve("latest/reconciliation").resolve(e.getKey() + ".csv");
            assertThat(file).exists();
            assertThat(read(file)).as(e.getKey()).hasSize(e.getValue().intValue());
        }
    }
}
