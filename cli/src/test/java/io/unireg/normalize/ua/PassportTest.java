package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassportTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "МК123456|МК123456",
            "мк 123456|МК123456",
            "MK123456|МК123456",          // both letters Latin look-alikes
            "Mк123456|МК123456",          // one Latin, one Cyrillic
            "паспорт МК №123456|МК123456",
            "Паспорт серії ЕН № 654321|ЕН654321",
            "TT 000123|ТТ000123",
            "AI-123456|АІ123456",
            "МК N 123456|МК123456",
            "012345678|012345678",
            "ID 012345678|012345678",
            "ID-картка №012345678|012345678",
            "id картка 012 345 678|012345678"})
    void repairsLatinLookAlikesAndStripsPrefixes(String raw, String expected) {
        assertThat(UaSteps.value("passport", raw)).isEqualTo(expected);
    }

    @Test
    void latinLookAlikesBecomeCyrillicLetters() {
        String repaired = UaSteps.value("passport", "MK123456");
        assertThat(repaired.codePoints().limit(2)).allSatisfy(c ->
                assertThat(Character.UnicodeScript.of(c)).isEqualTo(Character.UnicodeScript.CYRILLIC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MK123456|passport_booklet",
            "ID-картка №012345678|id_card",
            "паспорт ЕН 654321|passport_booklet"})
    void reportsTheKind(String raw, String kind) {
        assertThat(UaSteps.value("{passport: kind}", raw)).isEqualTo(kind);
        assertThat(UaSteps.value("{passport: {output: kind}}", raw)).isEqualTo(kind);
    }

    @Test
    void foreignPassportsOnlyWhenAllowed() {
        Outcome refused = UaSteps.apply("passport", "FA123456");
        assertThat(refused.rule()).isEqualTo("passport");
        assertThat(refused.message()).contains("foreign passport").contains("allow_foreign").doesNotContain("123456");
        assertThat(UaSteps.value("{passport: {allow_foreign: true}}", "FA 123456")).isEqualTo("FA123456");
        assertThat(UaSteps.value("{passport: {allow_foreign: true, output: kind}}", "FA123456")).isEqualTo("foreign_passport");
        // With foreign passports allowed, an all-Latin series stays Latin; a mixed one is still a booklet.
        assertThat(UaSteps.value("{passport: {allow_foreign: true, output: kind}}", "EK123456")).isEqualTo("foreign_passport");
        assertThat(UaSteps.value("{passport: {allow_foreign: true}}", "Eк123456")).isEqualTo("ЕК123456");
    }

    @Test
    void rejectsWhatIsNoPassportNumber() {
        assertThat(UaSteps.apply("passport", "МК12345").message()).contains("is not a passport number");
        assertThat(UaSteps.apply("passport", "12345678").message()).contains("is not a passport number");
        assertThat(UaSteps.apply("passport", "МF123456").message()).contains("not two Cyrillic letters");
        assertThat(UaSteps.apply("passport", null)).isEqualTo(Outcome.missing());
    }

    @Test
    void canonicalNumbersAreRecognised() {
        assertThat(Passport.isCanonical("МК123456")).isTrue();
        assertThat(Passport.isCanonical("012345678")).isTrue();
        assertThat(Passport.isCanonical("MK123456")).isFalse();
        assertThat(Passport.isCanonical("FA123456")).isFalse();
        assertThat(Passport.isCanonical("ҐЄ123456")).isTrue();
        assertThat(Passport.isCanonical("ЇІ123456")).isTrue();
        assertThat(Passport.isCanonical("Мк123456")).as("a lower-case series").isFalse();
        assertThat(Passport.isCanonical("ЁК123456")).isFalse();
        assertThat(Passport.isCanonical("МК12345٦")).as("an Arabic-Indic digit").isFalse();
        assertThat(Passport.isCanonical("МК1234567")).isFalse();
    }

    @Test
    void aSeriesInUkrainianLettersIsABooklet() {
        assertThat(UaSteps.value("passport", "єі 123456")).isEqualTo("ЄІ123456");
        assertThat(UaSteps.value("{passport: kind}", "Ґ Ї-123456")).isEqualTo("passport_booklet");
        assertThat(UaSteps.apply("passport", "ЁЖ123456").rejected()).isTrue();
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> UaSteps.step("{passport: series}")).hasMessageContaining("number or kind");
        assertThatThrownBy(() -> UaSteps.step("{passport: {foreign: true}}")).hasMessageContaining("unknown option 'foreign'");
    }

    @Test
    void cleaningByHandGivesWhatThePatternsGive() {
        String[] prefixes = {"", "ПАСПОРТ", "ПАСПОРТ ", "ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ ", "ПАСПОРТГРОМАДЯНИНАУКРАЇНИ:",
                "ПАСПОРТ ГРОМАДЯНИНА ", "ПАСПОРТ: ", "ПАСПОРТ. ", "ID", "ID ", "ID-", "ID -КАРТКА ", "ID-КАРТА:", "IDCARD.",
                "ID КАРТКА\t", "ID-КАРТОЧКА ", "X ", " ПАСПОРТ "};
        String[] middles = {"", "№", "№ ", " № ", "N ", "NO.", "СЕРІЯ ", "СЕР. ", "НОМЕР ", "№\u00A0", ":", "–", "N"};
        String[] numbers = {"МК123456", "МК 123 456", "MK-123456", "012345678", "012 345 678", "АВ№123456", "МN123456",
                "12.345.678,9", "", "МК", "ID 012345678", "ПАСПОРТ"};
        for (String prefix : prefixes) {
            for (String middle : middles) {
                for (String number : numbers) {
                    String value = prefix + middle + number;
                    assertThat(Passport.clean(value)).as(value).isEqualTo(Passport.cleanWithPatterns(value));
                }
            }
        }
    }
}
