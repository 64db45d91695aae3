package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;

import static io.unireg.normalize.ua.NameSteps.apply;
import static io.unireg.normalize.ua.NameSteps.value;
import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @Test
    void russianUkrainianCaseAndLookAlikeSpellingsOfOneNameShareAKey() {
        String latinM = "M\u0438\u043a\u043e\u043b\u0430"; // Latin M + "икола"
        assertThat(NameKey.of("Николай")).isEqualTo("мікола")
                .isEqualTo(NameKey.of("Микола"))
                .isEqualTo(NameKey.of("МИКОЛА"))
                .isEqualTo(NameKey.of(latinM))
                .isEqualTo(NameKey.of("НИКОЛАЙ"));
    }

    @Test
    void patronymicsAndFullNamesMeet() {
        assertThat(NameKey.of("Коваленко Елена Николаевна"))
                .isEqualTo(NameKey.of("КОВАЛЕНКО ОЛЕНА МИКОЛАЇВНА"))
                .isEqualTo(NameKey.of("Kоваленко  Олена Миколаївна"))
                .isEqualTo("коваленко олена міколаівна");
        assertThat(NameKey.of("Сергеевна")).isEqualTo(NameKey.of("Сергіївна")).isEqualTo("сергівна");
    }

    @Test
    void surnameSpellingsFoldTogether() {
        assertThat(NameKey.of("Гордиенко")).isEqualTo(NameKey.of("Гордієнко")).isEqualTo("гордіенко");
        assertThat(NameKey.of("Васильев")).isEqualTo(NameKey.of("Васильєв")).isEqualTo("васілев");
        assertThat(NameKey.of("Ковалёв")).isEqualTo(NameKey.of("Ковальов")).isEqualTo(NameKey.of("Ковалев")).isEqualTo("ковалев");
        assertThat(NameKey.of("Корольова")).isEqualTo(NameKey.of("Королёва"));
        assertThat(NameKey.of("Зинченко")).isEqualTo(NameKey.of("Зінченко"));
        assertThat(NameKey.of("Ґалаґан")).isEqualTo(NameKey.of("Галаган"));
    }

    @Test
    void apostrophesHyphensAndDoubledLettersDoNotCount() {
        assertThat(NameKey.of("Мар'яна")).isEqualTo(NameKey.of("Мар’яна")).isEqualTo(NameKey.of("Марʼяна")).isEqualTo("маряна");
        assertThat(NameKey.of("Левицька-Коваль")).isEqualTo(NameKey.of("Левицька Коваль"));
        assertThat(NameKey.of("Савва")).isEqualTo(NameKey.of("Сава"));
        assertThat(NameKey.of("Коваленко О.М.")).isEqualTo("коваленко о м");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(NameKey.of("Олена")).isNotEqualTo(NameKey.of("Ольга"));
        assertThat(NameKey.of("Іваненко")).isNotEqualTo(NameKey.of("Іванченко"));
        assertThat(NameKey.of("Петрович")).isNotEqualTo(NameKey.of("Петрівна"));
    }

    @Test
    void isAStepWhoseEmptyKeyIsMissing() {
        assertThat(value("name_key", "НИКОЛАЙ Сергеевич")).isEqualTo("мікола сергіовіч");
        assertThat(apply("name_key", " - ")).isEqualTo(Outcome.missing());
        assertThat(apply("name_key", null)).isEqualTo(Outcome.missing());
    }
}
