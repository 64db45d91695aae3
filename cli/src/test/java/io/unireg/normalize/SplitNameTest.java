package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import static io.unireg.normalize.Steps.apply;
import static io.unireg.normalize.Steps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitNameTest {

    private static String[] parts(String full) {
        return new String[]{
                apply("{split_name: surname}", full).value(),
                apply("{split_name: given}", full).value(),
                apply("{split_name: patronymic}", full).value()};
    }

    @Test
    void readsSurnameGivenPatronymicByDefault() {
        assertThat(parts("КОВАЛЕНКО Олена Петрівна")).containsExactly("КОВАЛЕНКО", "Олена", "Петрівна");
        assertThat(parts("Іваненко Сергій Миколайович")).containsExactly("Іваненко", "Сергій", "Миколайович");
        assertThat(parts("  Петров,  Иван Ильич ")).containsExactly("Петров", "Иван", "Ильич");
    }

    @Test
    void readsGivenPatronymicSurnameWhenTheSurnameIsInCapitals() {
        assertThat(parts("Олена Петрівна КОВАЛЕНКО")).containsExactly("КОВАЛЕНКО", "Олена", "Петрівна");
        assertThat(parts("Олена КОВАЛЕНКО")).containsExactly("КОВАЛЕНКО", "Олена", null);
    }

    @Test
    void readsGivenFirstWhenTheSecondWordIsAPatronymic() {
        assertThat(parts("Олена Петрівна Коваленко")).containsExactly("Коваленко", "Олена", "Петрівна");
        assertThat(parts("ОЛЕНА ПЕТРІВНА КОВАЛЕНКО")).containsExactly("КОВАЛЕНКО", "ОЛЕНА", "ПЕТРІВНА");
        assertThat(parts("Карпович Іван Петрович")).containsExactly("Карпович", "Іван", "Петрович");
    }

    @Test
    void splitsInitials() {
        assertThat(parts("Коваленко О.М.")).containsExactly("Коваленко", "О.", "М.");
        assertThat(parts("Коваленко О. М.")).containsExactly("Коваленко", "О.", "М.");
        assertThat(parts("О.М. Коваленко")).containsExactly("Коваленко", "О.", "М.");
        assertThat(parts("О.М.Коваленко")).containsExactly("Коваленко", "О.", "М.");
        assertThat(parts("Коваленко О.")).containsExactly("Коваленко", "О.", null);
    }

    @Test
    void readsBothOrdersWithApostrophesInTheNames() {
        assertThat(parts("КОВАЛЕНКО Мар'яна В'ячеславівна")).containsExactly("КОВАЛЕНКО", "Мар'яна", "В'ячеславівна");
        assertThat(parts("Мар’яна В’ячеславівна КОВАЛЕНКО")).containsExactly("КОВАЛЕНКО", "Мар’яна", "В’ячеславівна");
        assertThat(parts("ДАР'Я ІЛЛІВНА П'ЯТАК")).containsExactly("П'ЯТАК", "ДАР'Я", "ІЛЛІВНА");
    }

    @Test
    void splitsInitialsAfterACapitalisedSurnameAndWithoutTheLastDot() {
        assertThat(parts("КОВАЛЕНКО О.М.")).containsExactly("КОВАЛЕНКО", "О.", "М.");
        assertThat(parts("О.М.КОВАЛЕНКО")).containsExactly("КОВАЛЕНКО", "О.", "М.");
        assertThat(parts("Коваленко О.М")).containsExactly("Коваленко", "О.", "М");
    }

    @Test
    void oneWordIsTheSurname() {
        assertThat(parts("Шевченко")).containsExactly("Шевченко", null, null);
        assertThat(parts("Левицька-Коваль")).containsExactly("Левицька-Коваль", null, null);
    }

    @Test
    void givenNameAndPatronymicWithoutSurname() {
        assertThat(parts("Олена Петрівна")).containsExactly(null, "Олена", "Петрівна");
    }

    @Test
    void extraWordsJoinTheSurname() {
        assertThat(parts("Левицька Коваль Олена Петрівна")).containsExactly("Левицька Коваль", "Олена", "Петрівна");
        assertThat(parts("Олена Петрівна ЛЕВИЦЬКА КОВАЛЬ")).containsExactly("ЛЕВИЦЬКА КОВАЛЬ", "Олена", "Петрівна");
    }

    @Test
    void turkicPatronymicMarkersStayWithThePatronymic() {
        assertThat(parts("Мамедов Алі Гусейн огли")).containsExactly("Мамедов", "Алі", "Гусейн огли");
    }

    @Test
    void orderCanBeFixed() {
        assertThat(value("{split_name: {part: surname, order: given_first}}", "Іван Петрович Карпович")).isEqualTo("Карпович");
        assertThat(value("{split_name: {part: surname, order: surname_first}}", "Олена Петрівна КОВАЛЕНКО")).isEqualTo("Олена");
    }

    @Test
    void missingAndBlankGiveMissing() {
        assertThat(apply("{split_name: given}", null)).isEqualTo(Outcome.missing());
        assertThat(apply("{split_name: surname}", " ")).isEqualTo(Outcome.missing());
    }

    @Test
    void refusesUnknownParts() {
        assertThatThrownBy(() -> Steps.step("{split_name: middle}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("split_name: expects one of surname, given, patronymic, found 'middle'");
        assertThatThrownBy(() -> Steps.step("split_name"))
                .hasMessage("split_name: expects one of surname, given, patronymic");
        assertThatThrownBy(() -> Steps.step("{split_name: {part: given, order: reversed}}"))
                .hasMessage("split_name: order expects one of auto, surname_first, given_first, found 'reversed'");
    }
}
