package io.unireg.normalize.ua;

import org.junit.jupiter.api.Test;

import static io.unireg.normalize.ua.NameSteps.apply;
import static io.unireg.normalize.ua.NameSteps.value;
import static org.assertj.core.api.Assertions.assertThat;

class SurnameFunctionTest {

    @Test
    void mapsRussianSpellingsOfListedSurnames() {
        assertThat(value("surname_uk", "Гордиенко")).isEqualTo("Гордієнко");
        assertThat(value("surname_uk", "БЕЛИК")).isEqualTo("БІЛИК");
        assertThat(value("surname_uk", "Ковалёв")).isEqualTo("Ковальов");
        assertThat(value("surname_uk", "Ковалев")).isEqualTo("Ковальов");
        assertThat(value("surname_uk", "Ковалёва")).isEqualTo("Ковальова");
        assertThat(value("surname_uk", "Ковальская")).isEqualTo("Ковальська");
        assertThat(value("surname_uk", "Гордиенко-Белик")).isEqualTo("Гордієнко-Білик");
    }

    @Test
    void keepsUkrainianAndUnlistedSurnames() {
        assertThat(value("surname_uk", "Гордієнко")).isEqualTo("Гордієнко");
        assertThat(value("surname_uk", "Семенов")).isEqualTo("Семенов");
        assertThat(value("surname_uk", "Гогоберидзе")).as("no spelling rules").isEqualTo("Гогоберидзе");
        assertThat(apply("{surname_uk: {unknown: reject}}", "Гогоберидзе").message())
                .isEqualTo("'Гогоберидзе' is not a known surname (a job can add it with extra: a CSV ru,uk)");
    }
}
