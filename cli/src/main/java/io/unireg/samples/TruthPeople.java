package io.unireg.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The people of a residents ground truth ({@code residents.truth.csv}), once each, so the other
 * departments' exports (housing DBF, social JSON) describe the same people the residents export does.
 */
record TruthPeople(List<Resident> people) {

    /** One person's clean values, as the residents truth states them. */
    record Resident(String personId, String surname, String givenName, String patronymic, String sex,
                    LocalDate birthDate, String rnokpp, String documentType, String documentNumber, String street, String house, String apartment,
                    LocalDate registrationDate, String phone) {
    }

    private static final Pattern ADDRESS = Pattern.compile("м\\. Харків, (.+), буд\\. ([^,]+)(?:, кв\\. (.+))?");

    /** Rows the pipeline should accept, the first row of each person only. */
    static TruthPeople read(Path truth) throws IOException {
        List<Resident> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.builder().setPath(truth).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : parser) {
                if (!r.get("expect").equals("accept") || !seen.add(r.get("person_id"))) {
                    continue;
                }
                Matcher m = ADDRESS.matcher(r.get("address"));
                if (!m.matches()) {
                    throw new IOException(truth + ": address not in the canonical form: " + r.get("address"));
                }
                people.add(new Resident(r.get("person_id"), r.get("surname"), r.get("given_name"), r.get("patronymic"),
                        r.get("sex"), LocalDate.parse(r.get("birth_date")), r.get("rnokpp"),
                        r.get("document_type"), r.get("document_number"), m.group(1), m.group(2),
                        m.group(3) == null ? "" : m.group(3), LocalDate.parse(r.get("registration_date")), r.get("phone")));
            }
        }
        return new TruthPeople(List.copyOf(people));
    }
}
