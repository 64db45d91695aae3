package io.unireg.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePatternTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "01.02.1980, dd.MM.yyyy",
        "1.2.85, d.M.yy",
        "1.12.1985, d.MM.yyyy",
        "1985-02-01, yyyy-MM-dd",
        "29.02.2000, dd.MM.yyyy",
        "12/31/2001, MM/dd/yyyy",
        "31/12/2001, dd/MM/yyyy"})
    void namesThePatternOfAValidDate(String value, String pattern) {
        assertThat(DatePattern.of(value)).isEqualTo(pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.1980", "29.02.1981", "01.13.1980", "1.2.3", "01.02.1980x", "3012345678", "12,50", "01.02-1980", "1980.02.01.1"})
    void rejectsWhatIsNotACalendarDate(String value) {
        assertThat(DatePattern.of(value)).isNull();
    }
}
