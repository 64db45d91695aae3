package io.unireg.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueShapeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "3012345678|9999999999",
        "КВ123456|АА999999",
        "01.02.1980|99.99.9999",
        "Ґудзь Євген|Ааааа Ааааа",
        "Iванов|Aааааа",
        "ул. Lenina, 5-a|аа. Aaaaaa, 9-a"})
    void mapsLettersAndDigitsToPatternClasses(String value, String pattern) {
        assertThat(ValueShape.pattern(value)).isEqualTo(pattern);
    }

    @Test
    void cutsLongPatterns() {
        assertThat(ValueShape.pattern("а".repeat(100))).hasSize(ValueShape.MAX_PATTERN + 1).endsWith("…");
    }

    @Test
    void findsWordsMixingCyrillicAndLatin() {
        assertThat(ValueShape.hasMixedScriptWord("Iванов Петро")).isTrue();   // Latin I
        assertThat(ValueShape.hasMixedScriptWord("Петрo")).isTrue();          // Latin o
        assertThat(ValueShape.hasMixedScriptWord("Іванов Petro")).isFalse();  // two scripts, separate words
        assertThat(ValueShape.hasMixedScriptWord("Ґудзь")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0501234567", "+380501234567", "+38 (050) 123-45-67", "80501234567", "380 50 123 45 67"})
    void recognisesUkrainianPhones(String value) {
        assertThat(ValueShape.isPhone(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3012345678", "050123456", "+3805012345678", "050-ABC-4567", "05+01234567"})
    void rejectsWhatIsNotAPhone(String value) {
        assertThat(ValueShape.isPhone(value)).isFalse();
    }

    @Test
    void tellsIntegersFromDecimals() {
        assertThat(ValueShape.isInteger("-42")).isTrue();
        assertThat(ValueShape.isInteger("+380501234567")).isFalse();
        assertThat(ValueShape.isDecimal("12,50")).isTrue();
        assertThat(ValueShape.isDecimal("12.")).isFalse();
        assertThat(ValueShape.isDecimal("1.2.3")).isFalse();
        assertThat(ValueShape.hasLeadingZero("00123")).isTrue();
        assertThat(ValueShape.hasLeadingZero("0")).isFalse();
    }
}
