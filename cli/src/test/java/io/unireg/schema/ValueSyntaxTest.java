package io.unireg.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2000-02-29", "2023-02-28", "1948-12-31", "2023-04-30", "0001-01-01"})
    void acceptsDatesThatExist(String v) {
        assertThat(ValueSyntax.isDate(v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "1900-02-29", "2100-02-29", "2023-02-30", "2023-04-31", "2023-13-01",
            "2023-00-10", "2023-01-00", "2023-1-01", "01.02.2023", "2023-01-01T00:00", "2023/01/01", ""})
    void rejectsDatesThatDoNotExistOrAreNotIso(String v) {
        assertThat(ValueSyntax.isDate(v)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31T23:59", "2024-01-31T23:59:59", "2024-01-31T23:59:59.123456789",
            "2024-01-31T10:00:00Z", "2024-01-31T10:00:00+02:00", "2024-01-31T10:00-05:30"})
    void acceptsIsoLocalAndOffsetDateTimes(String v) {
        assertThat(ValueSyntax.isDateTime(v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31", "2024-01-31 10:00", "2024-01-31T24:00", "2024-01-31T10:60",
            "2024-02-30T10:00", "2024-01-31T10:00:61", "2024-01-31T10:00:00.", "2024-01-31T10:00+0200",
            "2024-01-31T10:00Zx", "2024-01-31T10:00:00+19:00"})
    void rejectsMalformedDateTimes(String v) {
        assertThat(ValueSyntax.isDateTime(v)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-17", "007", "12345678901234567890"})
    void acceptsIntegers(String v) {
        assertThat(ValueSyntax.isInteger(v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+1", "1.0", "1 000", "1e3", "١"})
    void rejectsNonIntegers(String v) {
        assertThat(ValueSyntax.isInteger(v)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.5", "3.", ".5", "1e10", "-2.5E-3"})
    void acceptsDecimalNumbersWithADot(String v) {
        assertThat(ValueSyntax.isNumber(v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "1,5", "1 000.5", "1e", "NaN", "1.2.3", "+1"})
    void rejectsNumbersWithCommaOrJunk(String v) {
        assertThat(ValueSyntax.isNumber(v)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@example.com", "a.b@mail.gov.ua"})
    void acceptsEmails(String v) {
        assertThat(ValueSyntax.matchesFormat("email", v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "@example.com", "a@b", "a@@b.com", "a b@c.com"})
    void rejectsNonEmails(String v) {
        assertThat(ValueSyntax.matchesFormat("email", v)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01T10:00Z|2024-01-01T11:00+02:00", "2024-01-01T12:00|2024-01-01T11:59:59"})
    void ordersDateTimesByInstantWhenBothHaveOffsets(String pair) {
        String[] p = pair.split("\\|");
        assertThat(ValueSyntax.compare(FieldType.DATETIME, p[0], p[1])).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10|9", "-1|-2", "2.50|2.4", "1e3|999"})
    void ordersNumbersNumericallyNotAsText(String pair) {
        String[] p = pair.split("\\|");
        assertThat(ValueSyntax.compare(FieldType.NUMBER, p[0], p[1])).isPositive();
    }
}
