package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import static io.unireg.normalize.Steps.apply;
import static io.unireg.normalize.Steps.value;
import static org.assertj.core.api.Assertions.assertThat;

class NumberFunctionTest {

    @Test
    void readsDecimalCommaAndGroupedDigits() {
        assertThat(value("number", "1 234,50")).isEqualTo("1234.50");
        assertThat(value("number", "1\u00A0234\u00A0567,5")).isEqualTo("1234567.5");
        assertThat(value("number", "1\u202F234")).isEqualTo("1234");
        assertThat(value("number", "1'234.5")).isEqualTo("1234.5");
        assertThat(value("number", "2’500")).isEqualTo("2500");
    }

    @Test
    void normalisesSignsAndZeros() {
        assertThat(value("number", "−12,5")).isEqualTo("-12.5");
        assertThat(value("number", "+7")).isEqualTo("7");
        assertThat(value("number", "007")).isEqualTo("7");
        assertThat(value("number", ",5")).isEqualTo("0.5");
        assertThat(value("number", "5.")).isEqualTo("5");
        assertThat(value("number", "-0,00")).isEqualTo("0.00");
        assertThat(value("number", " 42 ")).isEqualTo("42");
    }

    @Test
    void returnsTheSameStringWhenAlreadyPlain() {
        String plain = "1234.56";
        assertThat(value("number", plain)).isSameAs(plain);
        String negative = "-15";
        assertThat(value("number", negative)).isSameAs(negative);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        for (String bad : new String[]{"abc", "12a", "1.234,5", "1,2,3", "-", ",", "1e5", "1 234 ,5", "12 "+"грн", "1  2"}) {
            Outcome outcome = apply("number", bad);
            assertThat(outcome.rejected()).as(bad).isTrue();
            assertThat(outcome.rule()).isEqualTo("number");
        }
        assertThat(apply("number", "тисяча").message()).isEqualTo("not a number: 'тисяча'");
    }

    @Test
    void blankIsMissing() {
        assertThat(apply("number", "  ")).isEqualTo(Outcome.missing());
    }
}
