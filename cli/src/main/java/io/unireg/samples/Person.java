package io.unireg.samples;

import java.time.LocalDate;

/**
 * A synthetic resident with clean, canonical values: what a correct pipeline should recover from a row.
 *
 * @param rnokpp     10 digits, always valid for the birth date and sex
 * @param phone      E.164 ({@code +380…}) or empty
 * @param apartment  empty for a private house
 */
public record Person(String personId, Surname surname, GivenName given, GivenName father, boolean male,
                     LocalDate birthDate, Settlement birthPlace, String rnokpp,
                     DocumentType documentType, String documentNumber,
                     Street street, String house, String apartment,
                     LocalDate registrationDate, String phone) {

    public enum DocumentType {
        /** The 1994 booklet: two Cyrillic capitals and six digits. */
        PASSPORT("passport"),
        /** The ID card (since 2016): nine digits. */
        ID_CARD("id_card");

        public final String code;

        DocumentType(String code) {
            this.code = code;
        }
    }

    public String surnameUk() {
        return surname.uk(male);
    }

    public String patronymicUk() {
        return father.patronymicUk(male);
    }

    /** The canonical address: {@code м. Харків, вул. Сумська, буд. 12, кв. 5}. */
    public String address() {
        return "м. Харків, " + street.type() + " " + street.nameUk() + ", буд. " + house
                + (apartment.isEmpty() ? "" : ", кв. " + apartment);
    }
}
