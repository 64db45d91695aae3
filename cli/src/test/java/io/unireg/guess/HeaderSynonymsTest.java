package io.unireg.guess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSynonymsTest {

    private final HeaderSynonyms synonyms = HeaderSynonyms.builtIn();

    @Test
    void keysIgnoreCaseSpacesUnderscoresDotsAndApostrophes() {
        assertThat(HeaderKey.of("ДАТА_НАР")).isEqualTo(HeaderKey.of("Дата нар.")).isEqualTo(HeaderKey.of(" дата-нар "))
                .isEqualTo("датанар");
        assertThat(HeaderKey.of("ІМ'Я")).isEqualTo(HeaderKey.of("Ім’я")).isEqualTo(HeaderKey.of("ІМʼЯ"))
                .isEqualTo(HeaderKey.of("ім`я")).isEqualTo("імя");
        assertThat(HeaderKey.of("Фамилия Имя Отчество")).isEqualTo("фамилияимяотчество");
        assertThat(HeaderKey.of("№ п/п")).isEqualTo("№пп");
    }

    @Test
    void latinLookAlikesInsideACyrillicHeaderReadAsCyrillic() {
        // "ПIБ" with a Latin I, "ПРIЗВИЩЕ" with a Latin I: typed on the wrong keyboard layout.
        assertThat(HeaderKey.of("ПIБ")).isEqualTo("піб");
        assertThat(synonyms.match("ПРIЗВИЩЕ")).get().extracting(HeaderSynonyms.Match::concept).isEqualTo("surname");
        // A Latin-only header stays Latin.
        assertThat(HeaderKey.of("FAM")).isEqualTo("fam");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ПРІЗВИЩЕ|surname", "Фамилия|surname", "surname|surname", "FAM|surname", "Last Name|surname",
            "ІМ'Я|given_name", "ИМЯ|given_name", "First_Name|given_name", "IM|given_name",
            "ПО_БАТЬКОВІ|patronymic", "ОТЧЕСТВО|patronymic", "OTCH|patronymic", "middle name|patronymic",
            "ПІБ|full_name", "Ф.И.О.|full_name", "Прізвище, ім'я, по батькові|full_name",
            "ДАТА_НАР|birth_date", "ДАТА РОЖДЕНИЯ|birth_date", "dob|birth_date", "DR|birth_date", "Д/Р|birth_date",
            "ІПН|rnokpp", "ИНН|rnokpp", "РНОКПП|rnokpp", "tax_id|rnokpp", "Ідентифікаційний код|rnokpp",
            "Паспорт|document", "Серія|document_series", "Номер паспорта|document_number",
            "АДРЕСА|address", "Адрес|address", "СТАТЬ|sex", "Пол|sex", "sex|sex", "УНЗР|unzr", "КАТОТТГ|katottg",
            "ДАТА_РЕЄСТР|entry_date", "Дата регистрации|entry_date", "НОМЕР_ЗАПИСУ|record_key", "ТЕЛЕФОН|phone"})
    void knownSpellingsMatchExactly(String header, String concept) {
        HeaderSynonyms.Match m = synonyms.match(header).orElseThrow();
        assertThat(m.concept()).isEqualTo(concept);
        assertThat(m.exact()).isTrue();
        assertThat(m.confidence()).isEqualTo(HeaderSynonyms.EXACT);
    }

    @Test
    void aHeaderContainingAKnownNameMatchesPartlyTheLongestNameWinning() {
        HeaderSynonyms.Match m = synonyms.match("ПРІЗВИЩЕ_ОСОБИ").orElseThrow();
        assertThat(m.concept()).isEqualTo("surname");
        assertThat(m.exact()).isFalse();
        assertThat(m.confidence()).isEqualTo(HeaderSynonyms.PARTIAL);
        assertThat(m.reason("ПРІЗВИЩЕ_ОСОБИ")).contains("contains 'прізвище'");
        // "номер паспорта" (document number) is longer than "паспорт" (document) and "номер" is not listed alone.
        assertThat(synonyms.match("НОМЕР_ПАСПОРТА_ГРОМАДЯНИНА")).get()
                .extracting(HeaderSynonyms.Match::concept).isEqualTo("document_number");
    }

    @Test
    void unknownHeadersAndShortFragmentsDoNotMatch() {
        assertThat(synonyms.match("F7")).isEmpty();
        assertThat(synonyms.match("ПРИМІТКА")).isEmpty();
        // "im" and "dr" are listed, but fragments under four letters never match inside a longer header.
        assertThat(synonyms.match("DRIVER")).isEmpty();
    }

    @Test
    void everyConceptInTheFileIsKnownToTheGuesser() {
        assertThat(synonyms.concepts()).allMatch(Concepts::known);
    }
}
