package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static io.unireg.normalize.Steps.apply;
import static io.unireg.normalize.Steps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextFunctionsTest {

    @Test
    void trimRemovesNbspBomAndUnicodeSpaces() {
        assertThat(value("trim", "\u00A0Коваленко\u00A0")).isEqualTo("Коваленко");
        assertThat(value("trim", "\uFEFFПетренко\t\r\n")).isEqualTo("Петренко");
        assertThat(value("trim", "\u2009\u202FШевченко\u3000")).isEqualTo("Шевченко");
        assertThat(value("trim", " Левицька Коваль ")).isEqualTo("Левицька Коваль");
    }

    @Test
    void trimReturnsTheSameStringWhenNothingToTrim() {
        String clean = "Коваленко Олена";
        assertThat(value("trim", clean)).isSameAs(clean);
    }

    @Test
    void trimTurnsBlankIntoMissing() {
        assertThat(apply("trim", " \u00A0 ")).isEqualTo(Outcome.missing());
        assertThat(apply("trim", "")).isEqualTo(Outcome.missing());
    }

    @Test
    void everyTextFunctionPassesMissingThrough() {
        for (String name : new String[]{"trim", "collapse_spaces", "upper", "lower", "title_case", "digits", "number"}) {
            assertThat(apply(name, null)).as(name).isEqualTo(Outcome.missing());
        }
    }

    @Test
    void collapseSpacesJoinsRunsIncludingLineBreaksAndNbsp() {
        assertThat(value("collapse_spaces", "вул.  Сумська,\r\n буд.\u00A0\u00A010")).isEqualTo("вул. Сумська, буд. 10");
        assertThat(value("collapse_spaces", "a\tb")).isEqualTo("a b");
        assertThat(value("collapse_spaces", " a  ")).isEqualTo(" a ");
    }

    @Test
    void collapseSpacesKeepsTheSameStringWhenSpacesAreSingle() {
        String clean = "Коваленко Олена Петрівна";
        assertThat(value("collapse_spaces", clean)).isSameAs(clean);
    }

    @Test
    void upperAndLowerHandleUkrainianLettersWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(value("upper", "ґанок їжак єнот ім'я i")).isEqualTo("ҐАНОК ЇЖАК ЄНОТ ІМ'Я I");
            assertThat(value("lower", "ҐАНОК ЇЖАК ЄНОТ ІМ'Я I")).isEqualTo("ґанок їжак єнот ім'я i");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void upperOfEmptyStaysEmpty() {
        assertThat(apply("upper", "")).isEqualTo(Outcome.ok(""));
    }

    @Test
    void titleCaseCapitalisesEachPartOfHyphenatedNames() {
        assertThat(value("title_case", "ЛЕВИЦЬКА-КОВАЛЬ")).isEqualTo("Левицька-Коваль");
        assertThat(value("title_case", "коваленко олена петрівна")).isEqualTo("Коваленко Олена Петрівна");
        assertThat(value("title_case", "ІВАНО-ФРАНКІВСЬК")).isEqualTo("Івано-Франківськ");
    }

    @Test
    void titleCaseKeepsTheLetterAfterAnApostropheLower() {
        assertThat(value("title_case", "П'ЯТАК")).isEqualTo("П'ятак");
        assertThat(value("title_case", "ОБ’ЄДНАНА")).isEqualTo("Об’єднана");
        assertThat(value("title_case", "ім\u02BCя")).isEqualTo("Ім\u02BCя");
        assertThat(value("title_case", "д'АРТАНЬЯН")).isEqualTo("Д'артаньян");
        assertThat(value("title_case", "о'коннор")).isEqualTo("О'коннор");
        // the look-alikes the apostrophe function knows, and a doubled one
        assertThat(value("title_case", "МАР´ЯНА")).isEqualTo("Мар´яна");
        assertThat(value("title_case", "МАР″ЯНА")).isEqualTo("Мар″яна");
        assertThat(value("title_case", "МАР\"ЯНА")).isEqualTo("Мар\"яна");
        assertThat(value("title_case", "МАР''ЯНА")).isEqualTo("Мар''яна");
        assertThat(value("title_case", "олена \"лена\"")).isEqualTo("Олена \"Лена\"");
    }

    @Test
    void titleCaseCapitalisesInitialsAndLeavesNumberedWordsAlone() {
        assertThat(value("title_case", "КОВАЛЕНКО о.м.")).isEqualTo("Коваленко О.М.");
        assertThat(value("title_case", "ВУЛ. 23-ГО СЕРПНЯ")).isEqualTo("Вул. 23-го Серпня");
        assertThat(value("title_case", "'ЛЕВИЦЬКИЙ'")).isEqualTo("'Левицький'");
    }

    @Test
    void titleCaseReturnsTheSameStringWhenAlreadyTitled() {
        String clean = "Коваленко Олена";
        assertThat(value("title_case", clean)).isSameAs(clean);
    }

    @Test
    void digitsKeepsOnlyAsciiDigits() {
        assertThat(value("digits", "ІПН: 3068 2084-00")).isEqualTo("3068208400");
        assertThat(value("digits", "+38 (050) 123-45-67")).isEqualTo("380501234567");
        assertThat(apply("digits", "н/д")).isEqualTo(Outcome.missing());
        String clean = "1759013776";
        assertThat(value("digits", clean)).isSameAs(clean);
    }

    @Test
    void functionsWithoutArgumentsRefuseOne() {
        assertThatThrownBy(() -> Steps.step("{trim: both}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trim: takes no argument, found 'both'");
        assertThatThrownBy(() -> Steps.step("{digits: [a, b]}")).hasMessage("digits: takes no argument, found a list");
    }
}
