package io.unireg.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The people of a residents ground truth with every row each has, and what the sample job's golden
 * record of each will hold — predicted from the truth and the defect model, never by running the job.
 * A person whose prediction is not certain (see {@link Person#certain}) is flagged, so a state extract
 * built on it can keep such people out of the cases whose status depends on an exact value.
 */
final class LocalPeople {

    /** One row of the truth: the clean values, the planted defects and whether the job keeps the row. */
    record Row(String key, String personId, String surname, String givenName, String patronymic, String sex,
               String birthDate, String rnokpp, String documentType, String documentNumber, String address,
               String registrationDate, Set<String> defects, boolean accepted, Set<String> rejectFields) {
    }

    /**
     * A person of the truth.
     *
     * @param rows     every row, in file order
     * @param golden   the accepted rows' shared values (the first accepted row with the surviving
     *                 RNOKPP), or null when every row is rejected and the job has no golden record
     * @param certain  whether {@code golden} is surely what the job's golden record holds
     */
    record Person(String personId, List<Row> rows, Row golden, boolean certain) {
        boolean hasGoldenRecord() {
            return golden != null;
        }
    }

    private LocalPeople() {
    }

    /** Every person of the truth in the order of their first row. */
    static List<Person> read(Path truth, ReferenceData data) throws IOException {
        Map<String, List<Row>> byPerson = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setPath(truth).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : parser) {
                Row row = new Row(r.get("key"), r.get("person_id"), r.get("surname"), r.get("given_name"),
                        r.get("patronymic"), r.get("sex"), r.get("birth_date"), r.get("rnokpp"), r.get("document_type"),
                        r.get("document_number"), r.get("address"), r.get("registration_date"), split(r.get("defects")),
                        r.get("expect").equals("accept"), split(r.get("reject_fields")));
                byPerson.computeIfAbsent(row.personId(), k -> new ArrayList<>()).add(row);
            }
        }
        Ambiguity ambiguity = Ambiguity.of(data);
        Map<String, Set<String>> holders = identifierHolders(byPerson);
        List<Person> people = new ArrayList<>(byPerson.size());
        for (Map.Entry<String, List<Row>> e : byPerson.entrySet()) {
            List<Row> accepted = e.getValue().stream().filter(Row::accepted).toList();
            if (accepted.isEmpty()) {
                people.add(new Person(e.getKey(), List.copyOf(e.getValue()), null, true));
                continue;
            }
            Row golden = accepted.stream().filter(r -> !r.rnokpp().isEmpty()).findFirst().orElse(accepted.get(0));
            boolean certain = accepted.stream().allMatch(r -> sameValues(r, golden) && !ambiguity.hides(r))
                    && holders.get("doc:" + golden.documentNumber()).size() == 1
                    && (golden.rnokpp().isEmpty() || holders.get("rnokpp:" + golden.rnokpp()).size() == 1);
            people.add(new Person(e.getKey(), List.copyOf(e.getValue()), golden, certain));
        }
        return people;
    }

    /** Every RNOKPP and document number any row of the truth shows, valid or not. */
    static Set<String> identifiers(List<Person> people) {
        Set<String> ids = new HashSet<>();
        for (Person p : people) {
            for (Row r : p.rows()) {
                if (!r.rnokpp().isEmpty()) {
                    ids.add(r.rnokpp());
                }
                ids.add(r.documentNumber());
            }
        }
        return ids;
    }

    /** Survivorship picks among the rows' values; when they all agree (the RNOKPP aside: a missing one never survives) the pick is known. */
    private static boolean sameValues(Row r, Row golden) {
        return r.surname().equals(golden.surname()) && r.givenName().equals(golden.givenName())
                && r.patronymic().equals(golden.patronymic()) && r.sex().equals(golden.sex())
                && r.birthDate().equals(golden.birthDate()) && r.documentType().equals(golden.documentType())
                && r.documentNumber().equals(golden.documentNumber()) && r.address().equals(golden.address())
                && (r.rnokpp().isEmpty() || r.rnokpp().equals(golden.rnokpp()));
    }

    /** Identifiers two people share make a key match depend on which one the job reaches first. */
    private static Map<String, Set<String>> identifierHolders(Map<String, List<Row>> byPerson) {
        Map<String, Set<String>> holders = new HashMap<>();
        byPerson.forEach((person, rows) -> rows.forEach(r -> {
            holders.computeIfAbsent("doc:" + r.documentNumber(), k -> new HashSet<>()).add(person);
            if (!r.rnokpp().isEmpty()) {
                holders.computeIfAbsent("rnokpp:" + r.rnokpp(), k -> new HashSet<>()).add(person);
            }
        }));
        return holders;
    }

    /** A parseable ISO date, or null (the truth keeps impossible dates of rejected rows as written). */
    static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Set<String> split(String tags) {
        return tags.isEmpty() ? Set.of() : Set.of(tags.split("\\|"));
    }

    /**
     * Russian forms the given-name table maps to more than one Ukrainian name (Наталья: Наталія or
     * Наталя). A row that writes such a name in Russian leaves the job to guess, so its person's golden
     * name is not certain.
     */
    private record Ambiguity(Set<String> givenNames, Set<String> patronymics) {

        static Ambiguity of(ReferenceData data) {
            Map<String, Set<String>> given = new HashMap<>();
            Map<String, Set<String>> patronymic = new HashMap<>();
            for (GivenName g : data.givenNames()) {
                for (String ru : g.ru()) {
                    given.computeIfAbsent(g.male() + ru, k -> new HashSet<>()).add(g.uk());
                }
                if (g.male()) {
                    patronymic.computeIfAbsent("M" + g.patronymicRu(true), k -> new HashSet<>()).add(g.patronymicUk(true));
                    patronymic.computeIfAbsent("F" + g.patronymicRu(false), k -> new HashSet<>()).add(g.patronymicUk(false));
                }
            }
            Set<String> ambiguousGiven = new HashSet<>();
            Set<String> ambiguousPatronymics = new HashSet<>();
            for (GivenName g : data.givenNames()) {
                for (String ru : g.ru()) {
                    if (given.get(g.male() + ru).size() > 1) {
                        ambiguousGiven.add(g.uk());
                    }
                }
                if (g.male()) {
                    if (patronymic.get("M" + g.patronymicRu(true)).size() > 1) {
                        ambiguousPatronymics.add(g.patronymicUk(true));
                    }
                    if (patronymic.get("F" + g.patronymicRu(false)).size() > 1) {
                        ambiguousPatronymics.add(g.patronymicUk(false));
                    }
                }
            }
            return new Ambiguity(ambiguousGiven, ambiguousPatronymics);
        }

        boolean hides(Row r) {
            return r.defects().contains(Defect.RU_GIVEN.tag) && givenNames.contains(r.givenName())
                    || r.defects().contains(Defect.RU_PATRONYMIC.tag) && patronymics.contains(r.patronymic());
        }
    }
}
