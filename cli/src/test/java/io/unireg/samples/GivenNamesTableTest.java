package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GivenNamesTableTest {

    private static final Pattern UK_WORD = Pattern.compile("[А-ЩЬЮЯҐЄІЇ][а-щьюяґєії’]+");
    private static final Pattern RU_WORD = Pattern.compile("[А-ЯЁ][а-яё]+");
    private static final List<GivenName> NAMES = ReferenceData.load().givenNames();

    @Test
    void holdsAtLeast300NamesOfBothSexes() {
        assertThat(NAMES).hasSizeGreaterThanOrEqualTo(300);
        assertThat(NAMES.stream().filter(GivenName::male).count()).isGreaterThanOrEqualTo(150);
        assertThat(NAMES.stream().filter(g -> !g.male()).count()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void hasNoDuplicateUkrainianName() {
        Set<String> seen = new HashSet<>();
        assertThat(NAMES).allSatisfy(g -> assertThat(seen.add(g.uk())).as(g.uk()).isTrue());
    }

    @Test
    void spellsUkrainianAndRussianFormsInCyrillicOnly() {
        assertThat(NAMES).allSatisfy(g -> {
            assertThat(g.uk()).matches(UK_WORD);
            assertThat(g.ru()).isNotEmpty().allSatisfy(r -> assertThat(r).matches(RU_WORD));
        });
    }

    @Test
    void givesMaleNamesFourPatronymicsAndFemaleNamesNone() {
        assertThat(NAMES).allSatisfy(g -> {
            List<String> p = List.of(g.patronymicMaleUk(), g.patronymicFemaleUk(), g.patronymicMaleRu(),
                    g.patronymicFemaleRu());
            if (g.male()) {
                assertThat(p).as(g.uk()).allSatisfy(s -> assertThat(s).isNotBlank());
                assertThat(g.patronymicMaleUk()).as(g.uk()).matches(UK_WORD).matches(".*(ович|евич|йович|іч|ич)");
                assertThat(g.patronymicFemaleUk()).as(g.uk()).matches(UK_WORD).matches(".*(івна|ївна)");
                assertThat(g.patronymicMaleRu()).as(g.uk()).matches(RU_WORD).matches(".*(ович|евич|ич)");
                assertThat(g.patronymicFemaleRu()).as(g.uk()).matches(RU_WORD).matches(".*(овна|евна|ична)");
            } else {
                assertThat(p).as(g.uk()).allSatisfy(s -> assertThat(s).isEmpty());
            }
        });
    }

    @Test
    void endsPatronymicsInYchOnlyForTheFourExceptions() {
        assertThat(NAMES.stream().filter(GivenName::male).filter(g -> !g.patronymicMaleUk().endsWith("ович")))
                .extracting(GivenName::uk)
                .containsExactlyInAnyOrder("Ілля", "Кузьма", "Лука", "Хома");
    }

    @Test
    void pinsTheKnownIrregularForms() {
        assertThat(byName("Микола")).extracting(GivenName::patronymicMaleUk, GivenName::patronymicFemaleUk,
                GivenName::patronymicMaleRu).containsExactly("Миколайович", "Миколаївна", "Николаевич");
        assertThat(byName("Ілля")).extracting(GivenName::patronymicMaleUk, GivenName::patronymicFemaleRu)
                .containsExactly("Ілліч", "Ильинична");
        assertThat(byName("Григорій").patronymicMaleUk()).isEqualTo("Григорович");
        assertThat(byName("Олексій").patronymicFemaleUk()).isEqualTo("Олексіївна");
        assertThat(byName("Федір").patronymicMaleUk()).isEqualTo("Федорович");
        assertThat(byName("Петро").ru()).containsExactly("Пётр", "Петр");
        assertThat(byName("Олена").ru()).containsExactly("Елена", "Алёна");
        assertThat(byName("Анна").ru()).containsExactly("Анна");
    }

    @Test
    void namesASourceForEveryRow() {
        assertThat(NAMES).extracting(GivenName::source)
                .allSatisfy(s -> assertThat(s).isIn("names-translator", "rule", "curated"));
    }

    private static GivenName byName(String uk) {
        return NAMES.stream().filter(g -> g.uk().equals(uk)).findFirst().orElseThrow();
    }
}
