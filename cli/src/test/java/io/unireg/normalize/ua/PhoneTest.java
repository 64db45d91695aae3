package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "050 123 45 67|+380501234567",
            "(057) 700-00-00|+380577000000",
            "8 050 123 45 67|+380501234567",
            "8(050)1234567|+380501234567",
            "+38(050)123-45-67|+380501234567",
            "+38 (050) 123 45 67|+380501234567",
            "380501234567|+380501234567",
            "+380501234567|+380501234567",
            "0671234567|+380671234567"})
    void writesUkrainianNumbersInE164(String raw, String e164) {
        assertThat(UaSteps.value("phone", raw)).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "050 123 45", "+380 99 123 45 678 9", "телефон", "0001234567"})
    void rejectsImpossibleNumbers(String raw) {
        Outcome o = UaSteps.apply("phone", raw);
        assertThat(o.rejected()).as(raw).isTrue();
        assertThat(o.rule()).isEqualTo("phone");
    }

    @Test
    void anotherDefaultRegionCanBeNamed() {
        assertThat(UaSteps.value("{phone: {region: PL}}", "601 234 567")).isEqualTo("+48601234567");
        assertThatThrownBy(() -> UaSteps.step("{phone: {region: XX}}")).hasMessageContaining("region");
    }

    @Test
    void recognisesValidE164() {
        assertThat(Phone.isE164("+380501234567")).isTrue();
        assertThat(Phone.isE164("380501234567")).isFalse();
        assertThat(Phone.isE164("+38050123")).isFalse();
    }
}
