package io.unireg.samples;

import java.util.List;

/**
 * One generated row: the 12 export cells as the municipal system would write them, and the matching
 * ground-truth cells (clean values, defect tags, verdict).
 */
record ResidentRow(List<String> export, List<String> truth, boolean blankLineBefore, boolean rejected) {

    static final List<String> EXPORT_HEADER = List.of("НОМЕР_ЗАПИСУ", "ПРІЗВИЩЕ", "ІМЯ", "ПО_БАТЬКОВІ", "СТАТЬ",
            "ДАТА_НАР", "МІСЦЕ_НАР", "ІПН", "ДОКУМЕНТ", "АДРЕСА", "ДАТА_РЕЄСТР", "ТЕЛЕФОН");

    static final List<String> TRUTH_HEADER = List.of("key", "person_id", "surname", "given_name", "patronymic",
            "sex", "birth_date", "rnokpp", "document_type", "document_number", "address", "registration_date",
            "phone", "defects", "expect", "reject_fields");

    ResidentRow {
        export = List.copyOf(export);
        truth = List.copyOf(truth);
    }
}
