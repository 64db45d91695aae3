package io.unireg.normalize.ua;

import io.unireg.normalize.Normaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenameFunctionTest {

    /** The shipped sample table, as the sample job names it. */
    private static final Path MAPPING_RULES = Path.of("../mapping-rules");
    private static final String KHARKIV = "{rename: {file: reference/kharkiv-street-renames.csv, settlement: Харків}}";

    private static String rename(Normaliser step, String value) {
        var outcome = step.apply(value, null);
        assertThat(outcome.rejected()).as("%s: %s", value, outcome.message()).isFalse();
        return outcome.value();
    }

    @Test
    void russianAndUkrainianSpellingsOfAnOldNameMeet() {
        Normaliser step = AddressSteps.step(KHARKIV, MAPPING_RULES);
        assertThat(rename(step, "ул. Пушкинская")).isEqualTo("вул. Григорія Сковороди");
        assertThat(rename(step, "вул. Пушкінська")).isEqualTo("вул. Григорія Сковороди");
        assertThat(rename(step, "ВУЛ. ПУШКІНСЬКА")).isEqualTo("вул. Григорія Сковороди");
        assertThat(rename(step, "Пушкинская")).isEqualTo("Григорія Сковороди");
        assertThat(rename(step, "пр. Ленина")).isEqualTo("просп. Науки");
        assertThat(rename(step, "ул. Григория Сковороды")).as("Russian spelling of the new name").isEqualTo("вул. Григорія Сковороди");
    }

    @Test
    void keepsNamesTheTableDoesNotKnow() {
        Normaliser step = AddressSteps.step(KHARKIV, MAPPING_RULES);
        assertThat(rename(step, "вул. Невідома")).isEqualTo("вул. Невідома");
        assertThat(rename(step, "Сумська")).isEqualTo("Сумська");
    }

    @Test
    void aStreetOfAnotherTypeIsNotRenamed() {
        Normaliser step = AddressSteps.step(KHARKIV, MAPPING_RULES);
        assertThat(rename(step, "пров. Пушкінська")).isEqualTo("пров. Пушкінська");
    }

    @Test
    void renamesTheStreetAndSettlementOfAWholeAddress() {
        Normaliser step = AddressSteps.step(KHARKIV, MAPPING_RULES);
        assertThat(rename(step, "г. Харьков, ул. Пушкинская, д. 5, кв. 2")).isEqualTo("м. Харків, вул. Григорія Сковороди, буд. 5, кв. 2");
        assertThat(rename(step, "м.Харків, пл.Повстання, 43")).isEqualTo("м. Харків, пл. Захисників України, буд. 43");
        assertThat(step.apply("м. Харків, вул. А, вул. Б", null).rule()).isEqualTo("rename");
    }

    @Test
    void matchesIgnoringApostrophesAndEYe(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.csv"), "old_name,new_name,settlement,date\nЮр’єва,Нова,Харків,2016-02-03\n", StandardCharsets.UTF_8);
        Normaliser step = AddressSteps.step("{rename: {file: r.csv}}", dir);
        assertThat(rename(step, "Юр'єва")).isEqualTo("Нова");
        assertThat(rename(step, "юрева")).isEqualTo("Нова");
        assertThat(rename(step, "бульв. ЮРʼЄВА")).isEqualTo("бульв. Нова");
    }

    @Test
    void onlyTheJobsSettlementsRowsApply(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.csv"), """
                old_name;new_name;settlement;date
                Леніна;Науки;Харків;
                Леніна;Соборна;Полтава;
                Гагаріна;Космічна;;
                """, StandardCharsets.UTF_8);
        assertThat(rename(AddressSteps.step("{rename: {file: r.csv, settlement: Харків}}", dir), "Леніна")).isEqualTo("Науки");
        assertThat(rename(AddressSteps.step("{rename: {file: r.csv, settlement: Полтава}}", dir), "Леніна")).isEqualTo("Соборна");
        assertThat(rename(AddressSteps.step("{rename: {file: r.csv, settlement: Полтава}}", dir), "Гагаріна")).isEqualTo("Космічна");
        assertThatThrownBy(() -> AddressSteps.step("{rename: {file: r.csv}}", dir))
                .hasMessage("rename: r.csv line 3: 'Леніна' already renamed to 'Науки'; give settlement: to choose one city's renames");
    }

    @Test
    void badTablesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.csv"), "old,new\nА,Б\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AddressSteps.step("{rename: {file: r.csv}}", dir))
                .hasMessage("rename: r.csv line 1: the header must name the columns old_name,new_name; found 'old,new'");
        Files.writeString(dir.resolve("t.csv"), "old_name,new_name,street_type\nА,Б,дорога\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AddressSteps.step("{rename: {file: t.csv}}", dir))
                .hasMessage("rename: t.csv line 2: unknown street type 'дорога'");
        assertThatThrownBy(() -> AddressSteps.step("{rename: {settlement: Харків}}", dir))
                .hasMessageStartingWith("rename: expects either file:");
    }
}
