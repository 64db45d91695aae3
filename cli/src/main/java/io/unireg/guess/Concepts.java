package io.unireg.guess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each concept a column can be fills in a schema, and with which chain. A concept names fields
 * by the names the built-in schemas use; fields a schema lacks are skipped, and a concept that fills
 * none of a schema's fields leaves its column unmapped (listed, with what it looks like). A new
 * concept is one entry here plus its header spellings in {@code header-synonyms.csv}.
 */
final class Concepts {

    /**
     * One field a concept fills. {@code direct} targets (a settlement column → registration_settlement)
     * win over derived ones (the settlement parsed out of an address column).
     */
    record Target(String field, boolean direct, Proposal.Proposer proposer) {
    }

    private static final Map<String, List<Target>> TARGETS = build();

    private Concepts() {
    }

    private static Map<String, List<Target>> build() {
        Map<String, List<Target>> m = new LinkedHashMap<>();
        m.put("surname", List.of(direct("surname", Proposers.name("surname_uk"))));
        m.put("given_name", List.of(direct("given_name", Proposers.name("given_name_uk"))));
        m.put("patronymic", List.of(direct("patronymic", Proposers.name("patronymic_uk"))));
        m.put("full_name", List.of(
                derived("surname", Proposers.namePart("surname", "surname_uk")),
                derived("given_name", Proposers.namePart("given", "given_name_uk")),
                derived("patronymic", Proposers.namePart("patronymic", "patronymic_uk"))));
        m.put("sex", List.of(direct("sex", Proposers::sex)));
        m.put("birth_date", List.of(direct("birth_date", Proposers::date)));
        m.put("birth_place", List.of(direct("birth_place", Proposers::text)));
        m.put("citizenship", List.of(direct("citizenship", Proposers::text)));
        m.put("unzr", List.of(direct("unzr", Proposers.identifier("unzr"))));
        m.put("rnokpp", List.of(direct("rnokpp", Proposers::rnokpp)));
        m.put("document", List.of(
                derived("document_type", Proposers.document(true)),
                derived("document_number", Proposers.document(false))));
        m.put("document_number", List.of(
                direct("document_number", Proposers.document(false)),
                derived("document_type", Proposers.document(true))));
        m.put("document_series", List.of());
        m.put("document_type", List.of(direct("document_type", Proposers::text)));
        m.put("document_issue_date", List.of(direct("document_issue_date", Proposers::date)));
        m.put("document_expiry_date", List.of(direct("document_expiry_date", Proposers::date)));
        m.put("document_authority", List.of(direct("document_authority", Proposers::text)));
        m.put("address", List.of(
                derived("registration_address", Proposers.addressPart("full")),
                derived("registration_region", Proposers.addressPart("region")),
                derived("registration_district", Proposers.addressPart("district")),
                derived("registration_settlement", Proposers.addressPart("settlement")),
                derived("registration_street", Proposers.addressPart("street")),
                derived("registration_house", Proposers.addressPart("house")),
                derived("registration_apartment", Proposers.addressPart("apartment")),
                derived("katottg", Proposers.addressPart("katottg"))));
        m.put("region", List.of(direct("registration_region", Proposers::text)));
        m.put("district", List.of(direct("registration_district", Proposers::text)));
        m.put("settlement", List.of(direct("registration_settlement", Proposers::text)));
        m.put("street", List.of(direct("registration_street", Proposers::street)));
        m.put("house", List.of(direct("registration_house", Proposers::text)));
        m.put("apartment", List.of(direct("registration_apartment", Proposers::text)));
        m.put("katottg", List.of(direct("katottg", Proposers.identifier("katottg"))));
        m.put("entry_date", List.of(direct("entry_date", Proposers::date), direct("registration_date", Proposers::date)));
        // Recognised so they are named in the unmapped list; the state person schemas have no such fields.
        m.put("koatuu", List.of());
        m.put("phone", List.of());
        m.put("email", List.of());
        m.put("record_key", List.of());
        return m;
    }

    private static Target direct(String field, Proposal.Proposer p) {
        return new Target(field, true, p);
    }

    private static Target derived(String field, Proposal.Proposer p) {
        return new Target(field, false, p);
    }

    static List<Target> targets(String concept) {
        return TARGETS.getOrDefault(concept, List.of());
    }

    static boolean known(String concept) {
        return TARGETS.containsKey(concept);
    }

    /** Human words for a concept in comments. */
    static String describe(String concept) {
        return concept.replace('_', ' ');
    }
}
