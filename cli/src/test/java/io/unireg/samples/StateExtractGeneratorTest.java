package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.unireg.normalize.ua.Rnokpp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed state extract against its own truth and the residents truth, read as plain files: every
 * golden record has one status, every state record is accounted for, and the values behind each status
 * are what the status claims.
 */
class StateExtractGeneratorTest {

    private static final Path STATE = Path.of("../samples/state");
    private static List<CSVRecord> extract;
    private static Map<String, CSVRecord> byKey;
    private static List<CSVRecord> truth;
    private static List<CSVRecord> residents;

    @BeforeAll
    static void read() throws IOException {
        extract = read(STATE.resolve("eddr-extract.csv"));
        byKey = extract.stream().collect(Collectors.toMap(r -> r.get("record_id"), r -> r));
        truth = read(STATE.resolve("eddr-extract.truth.csv"));
        residents = read(Path.of("../samples/kharkiv/residents.truth.csv"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    @Test
    void everyGoldenRecordHasOneStatusAndEveryStateRecordIsAccountedFor() {
        Set<String> golden = residents.stream().filter(r -> r.get("expect").equals("accept"))
                .map(r -> r.get("person_id")).collect(Collectors.toSet());
        List<String> local = truth.stream().filter(t -> !t.get("status").equals("state_only")).map(t -> t.get("person_id")).toList();
        assertThat(local).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(golden);

        List<String> keys = new ArrayList<>();
        truth.forEach(t -> keys.addAll(t.get("state_key").isEmpty() ? List.of() : List.of(t.get("state_key").split(";"))));
        assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(byKey.keySet());
        assertThat(extract).hasSize(byKey.size());
    }

    @Test
    void plantsEveryStatusEveryMethodAndBothKindsOfDifference() {
        Map<String, Long> statuses = truth.stream().collect(Collectors.groupingBy(t -> t.get("status"), Collectors.counting()));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder("matched", "matched_with_differences", "local_only",
                "ambiguous", "conflict", "state_only");
        assertThat(statuses.get("conflict")).isBetween(2L, 10L);
        assertThat(statuses.get("ambiguous")).isBetween(2L, 10L);
        assertThat(truth).extracting(t -> t.get("method")).contains("rnokpp", "document_number", "link");
        assertThat(truth).extracting(t -> t.get("differences")).anyMatch(d -> d.contains(":formatting"))
                .anyMatch(d -> d.contains(":value"));
        assertThat(truth).filteredOn(t -> t.get("status").equals("state_only")).extracting(t -> t.get("person_id"))
                .as("people every row of whom the job rejects, and people only the state knows").contains("")
                .anyMatch(p -> !p.isEmpty());
    }

    @Test
    void aMatchedRecordShowsTheResidentsValuesInTheStatesFormats() {
        Map<String, CSVRecord> person = new HashMap<>();
        residents.stream().filter(r -> r.get("expect").equals("accept")).forEach(r -> person.putIfAbsent(r.get("person_id"), r));
        int checked = 0;
        for (CSVRecord t : truth) {
            if (!t.get("status").equals("matched")) {
                continue;
            }
            CSVRecord p = person.get(t.get("person_id"));
            CSVRecord s = byKey.get(t.get("state_key"));
            assertThat(s.get("last_name")).isEqualTo(p.get("surname").toUpperCase(Locale.ROOT));
            assertThat(s.get("first_name") + " " + s.get("middle_name")).isEqualTo(p.get("given_name") + " " + p.get("patronymic"));
            assertThat(s.get("birth_date")).isEqualTo(p.get("birth_date"));
            assertThat(s.get("document_series") + s.get("document_number")).isEqualTo(p.get("document_number"));
            assertThat(s.get("sex")).isEqualTo(p.get("sex").equals("M") ? "Ч" : "Ж");
            assertThat(p.get("address")).endsWith(", буд. " + s.get("address_house")
                    + (s.get("address_apartment").isEmpty() ? "" : ", кв. " + s.get("address_apartment")));
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void aConflictIsSomebodyElseUnderTheResidentsDocumentNumber() {
        Map<String, CSVRecord> person = new HashMap<>();
        residents.stream().filter(r -> r.get("expect").equals("accept")).forEach(r -> person.putIfAbsent(r.get("person_id"), r));
        for (CSVRecord t : truth) {
            if (t.get("status").equals("conflict")) {
                CSVRecord p = person.get(t.get("person_id"));
                CSVRecord s = byKey.get(t.get("state_key"));
                assertThat(s.get("document_series") + s.get("document_number")).isEqualTo(p.get("document_number"));
                assertThat(s.get("birth_date")).isNotEqualTo(p.get("birth_date"));
                assertThat(s.get("last_name")).isNotEqualTo(p.get("surname").toUpperCase(Locale.ROOT));
                assertThat(extract).noneMatch(r -> !p.get("rnokpp").isEmpty() && r.get("rnokpp").equals(p.get("rnokpp")));
            }
        }
    }

    @Test
    void everyStateRnokppIsValidAndAgreesWithTheRecordsBirthDateAndSex() {
        Set<String> seen = new HashSet<>();
        for (CSVRecord s : extract) {
            String rnokpp = s.get("rnokpp");
            if (rnokpp.isEmpty()) {
                continue;
            }
            assertThat(Rnokpp.isValid(rnokpp)).as(rnokpp).isTrue();
            assertThat(Rnokpp.birthDate(rnokpp)).isEqualTo(LocalDate.parse(s.get("birth_date")));
            assertThat(Rnokpp.sex(rnokpp)).isEqualTo(s.get("sex").equals("Ч") ? "M" : "F");
            seen.add(rnokpp);
        }
        // Two records under one RNOKPP only where the truth says the state holds a person twice.
        long twice = truth.stream().filter(t -> t.get("case").equals("state_duplicate")).count();
        assertThat(extract.stream().filter(s -> !s.get("rnokpp").isEmpty()).count()).isEqualTo(seen.size() + twice);
    }
}
