package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class UnzrTest {

    @ParameterizedTest
    @ValueSource(strings = {"19820712-00028", "20000101-00019", "19850715-01232"})
    void selfComputedVectorsPassTheStrictCheck(String value) {
        assertThat(Unzr.problem(value, true)).isNull();
        assertThat(UaSteps.value("{unzr: {strict: true}}", value)).isEqualTo(value);
    }

    @Test
    void writesTheCanonicalFormFromMessyInput() {
        assertThat(UaSteps.value("unzr", "1982071200028")).isEqualTo("19820712-00028");
        assertThat(UaSteps.value("unzr", " 19820712 - 00028 ")).isEqualTo("19820712-00028");
        assertThat(UaSteps.value("unzr", "19820712–00028")).isEqualTo("19820712-00028");
    }

    @Test
    void aWrongCheckDigitRejectsOnlyInStrictMode() {
        assertThat(UaSteps.value("unzr", "19820712-00021")).isEqualTo("19820712-00021");
        Outcome strict = UaSteps.apply("{unzr: {strict: true}}", "19820712-00021");
        assertThat(strict.rule()).isEqualTo("unzr");
        assertThat(strict.message()).isEqualTo("УНЗР 19***00021 has a wrong check digit");
    }

    @Test
    void rejectsADatePartThatDoesNotExistAndSequenceZero() {
        assertThat(UaSteps.apply("unzr", "19820231-00028").message()).contains("date that exists");
        assertThat(UaSteps.apply("unzr", "19821312-00028").message()).contains("date that exists");
        assertThat(UaSteps.apply("unzr", "19820712-00000").message()).contains("0000");
        assertThat(UaSteps.apply("unzr", "1982071-00028").message()).contains("YYYYMMDD-NNNNC");
    }

    @Test
    void everySingleDigitCorruptionFailsTheStrictCheck() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int n = 0; n < 2000; n++) {
            String valid = Unzr.make(LocalDate.of(1900, 1, 1).plusDays(rnd.nextInt(45_000)), 1 + rnd.nextInt(9999));
            assertThat(Unzr.problem(valid, true)).as(valid).isNull();
            for (int pos = 0; pos < valid.length(); pos++) {
                if (pos == 8) {
                    continue; // the dash
                }
                for (char d = '0'; d <= '9'; d++) {
                    if (d != valid.charAt(pos)) {
                        String bad = valid.substring(0, pos) + d + valid.substring(pos + 1);
                        assertThat(Unzr.problem(bad, true)).as(valid + " → " + bad).isNotNull();
                    }
                }
            }
        }
    }
}
