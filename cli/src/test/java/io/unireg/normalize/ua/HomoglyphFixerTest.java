package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;

import static io.unireg.normalize.ua.NameSteps.apply;
import static io.unireg.normalize.ua.NameSteps.value;
import static org.assertj.core.api.Assertions.assertThat;

class HomoglyphFixerTest {

    @Test
    void makesMostlyCyrillicWordsCyrillic() {
        assertThat(value("fix_homoglyphs", "Mикола")).isEqualTo("Микола");
        assertThat(value("fix_homoglyphs", "Кoваленкo")).isEqualTo("Коваленко");
        assertThat(value("fix_homoglyphs", "ПETPEHKO Oлeг")).isEqualTo("ПЕТРЕНКО Олег");
        assertThat(value("fix_homoglyphs", "Iван Bасиль Cергій Xома")).isEqualTo("Іван Василь Сергій Хома");
        assertThat(value("fix_homoglyphs", "Kиïв, YКРАЇНА")).isEqualTo("Київ, УКРАЇНА");
    }

    @Test
    void makesMostlyLatinWordsLatin() {
        assertThat(value("fix_homoglyphs", "Оdеssа Kharkіv")).isEqualTo("Odessa Kharkiv");
        assertThat(value("fix_homoglyphs", "Windоws")).isEqualTo("Windows");
    }

    @Test
    void aLetterOnlyOneScriptHasDecidesAnEvenMix() {
        assertThat(value("fix_homoglyphs", "Oлeг")).isEqualTo("Олег");
        assertThat(value("fix_homoglyphs", "Bоlt")).isEqualTo("Bolt");
    }

    @Test
    void judgesHyphenatedPartsAndApostrophesWithTheirWord() {
        assertThat(value("fix_homoglyphs", "Левицькa-Koваль")).isEqualTo("Левицька-Коваль");
        assertThat(value("fix_homoglyphs", "Мap'ян")).isEqualTo("Мар'ян");
        assertThat(value("fix_homoglyphs", "O'Brien")).isEqualTo("O'Brien");
    }

    @Test
    void rejectsAnEvenMixOfLookAlikesNamingTheWord() {
        String even = "\u0421O\u0420O"; // С O Р O: two Cyrillic, two Latin, all with twins
        Outcome outcome = apply("fix_homoglyphs", "Петренко Kharkiv " + even);
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.rule()).isEqualTo("fix_homoglyphs");
        assertThat(outcome.message()).isEqualTo(
                "word 3 '" + even + "' has as many Latin as Cyrillic look-alike letters: cannot tell which script is meant");
    }

    @Test
    void anEvenMixTakesTheScriptOfTheOtherWordsOrThePreference() {
        String vira = "B\u0456p\u0430"; // B і p а
        assertThat(value("fix_homoglyphs", vira + " Петрівна")).isEqualTo("Віра Петрівна");
        assertThat(value("fix_homoglyphs", "Olga " + vira)).isEqualTo("Olga Bipa");
        assertThat(apply("fix_homoglyphs", vira).rejected()).isTrue();
        assertThat(value("{fix_homoglyphs: {prefer: cyrillic}}", vira)).isEqualTo("Віра");
        assertThat(value("{fix_homoglyphs: {prefer: latin}}", vira)).isEqualTo("Bipa");
    }

    @Test
    void rejectsAWordNeitherScriptCanHold() {
        Outcome outcome = apply("fix_homoglyphs", "Шевченко Пeтrов");
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.message()).isEqualTo(
                "word 2 'Пeтrов' mixes Latin and Cyrillic letters that have no look-alike in the other script");
    }

    @Test
    void leavesDigitsPunctuationAndCleanTextAlone() {
        String clean = "Коваленко Олена Петрівна, 1985 р.н. (Kharkiv)";
        assertThat(HomoglyphFixer.fix(clean).value()).isSameAs(clean);
        assertThat(value("fix_homoglyphs", "кв. 12a, буд. 3-Б")).isEqualTo("кв. 12a, буд. 3-Б");
        assertThat(apply("fix_homoglyphs", null)).isEqualTo(Outcome.missing());
    }

    @Test
    void aValueWithoutLatinLettersComesBackAsItIs() {
        String cyrillic = "Олександра-Марія Кос’яненко, 12";
        assertThat(HomoglyphFixer.fix(cyrillic).value()).isSameAs(cyrillic);
        assertThat(HomoglyphFixer.fix(cyrillic).repaired()).isTrue();
        assertThat(HomoglyphFixer.towardsCyrillic(cyrillic)).isSameAs(cyrillic);
        assertThat(HomoglyphFixer.fix("Кoваленкo").value()).as("one Latin letter is enough to look closer").isEqualTo("Коваленко");
        assertThat(HomoglyphFixer.towardsCyrillic("Ковалeнко")).isEqualTo("Коваленко");
        assertThat(HomoglyphFixer.fix("Пeтrов").repaired()).isFalse();
    }
}
