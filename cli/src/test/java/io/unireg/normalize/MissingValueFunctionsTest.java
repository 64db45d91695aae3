package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import static io.unireg.normalize.Steps.apply;
import static io.unireg.normalize.Steps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingValueFunctionsTest {

    @Test
    void defaultFillsMissingAndBlankValues() {
        assertThat(value("{default: Україна}", null)).isEqualTo("Україна");
        assertThat(value("{default: Україна}", " \u00A0")).isEqualTo("Україна");
        assertThat(value("{default: 0}", null)).isEqualTo("0");
    }

    @Test
    void defaultKeepsPresentValues() {
        assertThat(value("{default: Україна}", "Польща")).isEqualTo("Польща");
    }

    @Test
    void defaultNeedsAValue() {
        assertThatThrownBy(() -> Steps.step("default"))
                .hasMessage("default: expects the value to use when missing, found nothing");
    }

    @Test
    void nullIfMatchesPlaceholdersIgnoringCaseAndSpaces() {
        String step = "{null_if: ['-', 'н/д', 'НЕМАЄ', '0']}";
        assertThat(apply(step, " Н/Д ")).isEqualTo(Outcome.missing());
        assertThat(apply(step, "немає")).isEqualTo(Outcome.missing());
        assertThat(apply(step, "0")).isEqualTo(Outcome.missing());
        assertThat(apply(step, "-")).isEqualTo(Outcome.missing());
        assertThat(value(step, "Коваленко")).isEqualTo("Коваленко");
        assertThat(value(step, "00")).isEqualTo("00");
    }

    @Test
    void nullIfTakesASingleValue() {
        assertThat(apply("{null_if: 'Невідомо'}", "НЕВІДОМО")).isEqualTo(Outcome.missing());
        assertThat(value("{null_if: 'Невідомо'}", "Відомо")).isEqualTo("Відомо");
    }

    @Test
    void nullIfWithManyPlaceholdersStillMatches() {
        String step = "{null_if: [a, b, c, d, e, f, g, h, i, j, 'Не вказано']}";
        assertThat(apply(step, "не вказано ")).isEqualTo(Outcome.missing());
        assertThat(value(step, "вказано")).isEqualTo("вказано");
    }

    @Test
    void nullIfKeepsTheValueUntrimmedWhenNotAPlaceholder() {
        assertThat(value("{null_if: '-'}", " Коваль ")).isEqualTo(" Коваль ");
    }
}
