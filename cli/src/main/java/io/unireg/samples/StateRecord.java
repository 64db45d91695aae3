package io.unireg.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One person as the state demographic register (ЄДДР) holds them, and the row an extract shows for
 * it: the register's own column names and formats — ISO dates, surnames in capitals, sex as Ч/Ж, the
 * document's kind in words with the booklet's series in its own column, street types spelt out,
 * identifiers as text (leading zeros kept).
 *
 * @param documentType {@code passport} (booklet, МК123456) or {@code id_card} (9 digits)
 * @param streetType   the canonical abbreviation ({@code вул.}); the extract spells it out
 * @param apartment    empty for a private house
 */
record StateRecord(String key, String unzr, String rnokpp, String surname, String givenName, String patronymic,
                   boolean male, LocalDate birthDate, String birthPlace, String documentType, String documentNumber,
                   LocalDate documentIssued, String documentAuthority, String streetType, String streetName,
                   String house, String apartment, LocalDate registeredOn) {

    static final List<String> HEADER = List.of("record_id", "unzr", "rnokpp", "last_name", "first_name", "middle_name",
            "sex", "birth_date", "birth_place", "document_type", "document_series", "document_number", "document_issued",
            "document_authority", "address_region", "address_district", "address_settlement", "address_street",
            "address_house", "address_apartment", "katottg", "registered_on");

    /** The day the extract was taken: no document is issued later (the job rejects dates in the future). */
    static final LocalDate EXTRACT_DATE = LocalDate.of(2025, 11, 30);

    /** Kharkiv city's KATOTTG code, where every registration address of the extract lies. */
    static final String KHARKIV_KATOTTG = "UA63120270010096107";

    private static final Map<String, String> STREET_TYPE_WORDS = Map.of(
            "вул.", "вулиця", "просп.", "проспект", "пров.", "провулок", "пл.", "площа", "бульв.", "бульвар",
            "наб.", "набережна", "узв.", "узвіз", "ш.", "шосе", "майд.", "майдан", "туп.", "тупик");

    String[] row() {
        boolean booklet = documentType.equals("passport");
        return new String[] {key, unzr, rnokpp, surname.toUpperCase(Locale.ROOT), givenName, patronymic, male ? "Ч" : "Ж",
                birthDate.toString(), birthPlace, booklet ? "ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ" : "ID-КАРТКА",
                booklet ? documentNumber.substring(0, 2) : "", booklet ? documentNumber.substring(2) : documentNumber,
                documentIssued.toString(), documentAuthority, "Харківська", "Харківський", "м. Харків",
                STREET_TYPE_WORDS.getOrDefault(streetType, streetType) + " " + streetName, house, apartment,
                KHARKIV_KATOTTG, registeredOn.toString()};
    }

    /** The values the sample job's {@code reconcile.fields} make of this row, by target field. */
    Map<String, String> normalised() {
        return Map.ofEntries(Map.entry("surname", surname), Map.entry("given_name", givenName),
                Map.entry("patronymic", patronymic), Map.entry("sex", male ? "M" : "F"),
                Map.entry("birth_date", birthDate.toString()), Map.entry("rnokpp", rnokpp),
                Map.entry("document_type", documentType.equals("passport") ? "passport_booklet" : documentType),
                Map.entry("document_number", documentNumber), Map.entry("registration_settlement", "Харків"),
                Map.entry("registration_street", streetType + " " + streetName), Map.entry("registration_house", house),
                Map.entry("registration_apartment", apartment), Map.entry("katottg", KHARKIV_KATOTTG));
    }

    /** The УНЗР: birth date, a four-digit serial and the ICAO 7-3-1 check digit over the twelve digits. */
    static String unzr(LocalDate birthDate, int serial) {
        String digits = birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format(Locale.ROOT, "%04d", serial);
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * weights[i % 3];
        }
        return digits.substring(0, 8) + "-" + digits.substring(8) + (sum % 10);
    }
}
