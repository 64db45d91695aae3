package io.unireg.normalize.ua;

import org.junit.jupiter.api.Test;

import static io.unireg.normalize.ua.NameSteps.step;
import static io.unireg.normalize.ua.NameSteps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApostrophesTest {

    @Test
    void makesEveryLookAlikeInsideAWordTheRightSingleQuote() {
        assertThat(value("apostrophe", "Мар'яна В`ячеславівна П\u02BCятак Дем\u00B4ян Об\u2033єднана Лук\"ян Сім\u2018я"))
                .isEqualTo("Мар’яна В’ячеславівна П’ятак Дем’ян Об’єднана Лук’ян Сім’я");
        assertThat(value("apostrophe", "М'ЯКЕНЬКИЙ")).isEqualTo("М’ЯКЕНЬКИЙ");
    }

    @Test
    void theJobCanChooseTheModifierLetterOrTheTypewriterApostrophe() {
        assertThat(value("{apostrophe: \"\u02BC\"}", "Мар’яна Дар'я")).isEqualTo("Мар\u02BCяна Дар\u02BCя");
        assertThat(value("{apostrophe: \"'\"}", "Мар’яна Дар\u02BCя")).isEqualTo("Мар'яна Дар'я");
    }

    @Test
    void leavesQuotesAroundWordsAndLatinApostrophesAlone() {
        assertThat(value("apostrophe", "ТОВ \"Сонячне\" 'Київ' O'Brien")).isEqualTo("ТОВ \"Сонячне\" 'Київ' O'Brien");
        String clean = "Мар’яна";
        assertThat(Apostrophes.canonical(clean, Apostrophes.RIGHT_QUOTE)).isSameAs(clean);
    }

    @Test
    void refusesAnArgumentThatIsNotAnApostrophe() {
        assertThatThrownBy(() -> step("{apostrophe: x}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("apostrophe: expects one apostrophe character");
        assertThatThrownBy(() -> step("{apostrophe: \"''\"}")).hasMessageEndingWith("found ''''");
    }
}
