package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.unireg.normalize.ua.AddressSteps.apply;
import static io.unireg.normalize.ua.AddressSteps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreetTypesTest {

    @Test
    void everySpellingInTheDomainTableBecomesTheCanonicalAbbreviation() {
        Map<String, String> table = Map.ofEntries(
                Map.entry("вулиця", "вул."), Map.entry("ул.", "вул."), Map.entry("улица", "вул."), Map.entry("вул", "вул."),
                Map.entry("проспект", "просп."), Map.entry("пр-т", "просп."), Map.entry("просп.", "просп."),
                Map.entry("провулок", "пров."), Map.entry("пер.", "пров."), Map.entry("переулок", "пров."),
                Map.entry("площа", "пл."), Map.entry("пл.", "пл."), Map.entry("площадь", "пл."),
                Map.entry("бульвар", "бульв."), Map.entry("бул.", "бульв."), Map.entry("б-р", "бульв."),
                Map.entry("узвіз", "узв."), Map.entry("сп.", "узв."), Map.entry("спуск", "узв."),
                Map.entry("тупик", "туп."), Map.entry("туп.", "туп."), Map.entry("майдан", "майд."), Map.entry("м-н", "майд."),
                Map.entry("шосе", "ш."), Map.entry("шоссе", "ш."), Map.entry("ш.", "ш."),
                Map.entry("набережна", "наб."), Map.entry("набережная", "наб."), Map.entry("наб.", "наб."),
                Map.entry("мікрорайон", "мкр."), Map.entry("микрорайон", "мкр."), Map.entry("мкр.", "мкр."),
                Map.entry("аллея", "алея"), Map.entry("проезд", "проїзд"), Map.entry("проїзд", "проїзд"));
        table.forEach((spelling, canonical) -> {
            assertThat(StreetTypes.canonical(spelling)).as(spelling).isEqualTo(canonical);
            assertThat(StreetTypes.canonical(spelling.toUpperCase())).as(spelling).isEqualTo(canonical);
        });
        assertThat(StreetTypes.canonical("Сумська")).isNull();
    }

    @Test
    void canonicalisesTheTypeBeforeOrAfterTheNameAndKeepsTheName() {
        assertThat(value("street_type", "ул.Сумская")).isEqualTo("вул. Сумская");
        assertThat(value("street_type", "  Улица  Сумская ")).isEqualTo("вул. Сумская");
        assertThat(value("street_type", "Сумская ул.")).isEqualTo("вул. Сумская");
        assertThat(value("street_type", "переулок Короленко")).isEqualTo("пров. Короленко");
        assertThat(value("street_type", "б-р Юр’єва")).isEqualTo("бульв. Юр’єва");
        assertThat(value("street_type", "ПЕР.")).isEqualTo("пров.");
        assertThat(value("street_type", "пр-тИндустриальный")).isEqualTo("просп. Индустриальный");
        assertThat(value("street_type", "б-рЮрьева")).isEqualTo("бульв. Юрьева");
    }

    @Test
    void rejectsAValueWithoutAStreetType() {
        Outcome outcome = apply("street_type", "Сумська 12");
        assertThat(outcome.rule()).isEqualTo("street_type");
        assertThat(outcome.message()).isEqualTo("no street type in 'Сумська 12'");
        assertThat(apply("street_type", null)).isEqualTo(Outcome.missing());
    }

    @Test
    void ambiguousPrIsAProspectUnlessTheStreetListKnowsAProyizd(@TempDir Path dir) throws IOException {
        assertThat(value("street_type", "пр. Науки")).isEqualTo("просп. Науки");
        assertThat(value("street_type", "пр.")).isEqualTo("просп.");
        Files.writeString(dir.resolve("streets.csv"), """
                type,name_uk,name_ru
                просп.,Науки,Науки
                проїзд,Стадіонний,Стадионный
                проїзд,Перемоги,Победы
                просп.,Перемоги,Победы
                """, StandardCharsets.UTF_8);
        var step = AddressSteps.step("{street_type: {streets: streets.csv}}", dir);
        assertThat(step.apply("пр. Стадионный", null).value()).isEqualTo("проїзд Стадионный");
        assertThat(step.apply("пр.Стадіонний", null).value()).isEqualTo("проїзд Стадіонний");
        assertThat(step.apply("пр. Науки", null).value()).isEqualTo("просп. Науки");
        assertThat(step.apply("пр. Перемоги", null).value()).as("both exist: the documented default").isEqualTo("просп. Перемоги");
        assertThat(step.apply("пр. Невідомий", null).value()).isEqualTo("просп. Невідомий");
    }

    @Test
    void aStreetListWithAnUnknownTypeIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("streets.csv"), "type,name\nвул.,Сумська\nдорога,Окружна\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AddressSteps.step("{street_type: {streets: streets.csv}}", dir))
                .hasMessage("street_type: streets.csv line 3: unknown street type 'дорога'");
        assertThatThrownBy(() -> AddressSteps.step("{street_type: {streets: none.csv}}", dir))
                .hasMessageStartingWith("street_type: cannot read none.csv: no such file");
    }
}
