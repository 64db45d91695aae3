package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.load();

    @Test
    void listsAtLeast300DistinctSurnamesWithRussianSpellings() {
        Set<String> seen = new HashSet<>();
        assertThat(DATA.surnames()).hasSizeGreaterThanOrEqualTo(300)
                .allSatisfy(s -> assertThat(seen.add(s.ukMale())).as(s.ukMale()).isTrue());
        assertThat(DATA.surnames()).filteredOn(Surname::hasRussianSpelling).hasSizeGreaterThan(100);
        assertThat(DATA.surnames()).contains(new Surname("Олійник", "Олійник", "Олейник", "Олейник"),
                new Surname("Ковальов", "Ковальова", "Ковалёв", "Ковалёва"),
                new Surname("Ковальський", "Ковальська", "Ковальский", "Ковальская"));
    }

    @Test
    void givesAdjectivalSurnamesAFeminineForm() {
        assertThat(DATA.surnames()).filteredOn(s -> s.ukMale().endsWith("ий"))
                .isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.ukFemale()).as(s.ukMale()).endsWith("а");
                    assertThat(s.ruFemale()).as(s.ruMale()).endsWith("ая");
                });
    }

    @Test
    void listsAtLeast80KharkivStreetsSomeRenamed() {
        assertThat(DATA.streets()).hasSizeGreaterThanOrEqualTo(80)
                .allSatisfy(s -> assertThat(s.type()).isIn("вул.", "просп.", "пров.", "пл.", "бульв.", "узв.", "наб.", "ш."));
        assertThat(DATA.streets()).filteredOn(Street::renamed).hasSizeGreaterThanOrEqualTo(10)
                .anySatisfy(s -> {
                    assertThat(s.nameUk()).isEqualTo("Науки");
                    assertThat(s.oldNameUk()).isEqualTo("Леніна");
                });
    }

    @Test
    void takesBirthPlacesFromKharkivOblast() {
        assertThat(DATA.settlements()).hasSizeGreaterThan(100)
                .allSatisfy(s -> assertThat(s.katottg()).startsWith("UA63"))
                .anySatisfy(s -> assertThat(s.nameUk()).isEqualTo("Харків"));
    }
}
