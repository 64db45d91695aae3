package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateFunctionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static Normaliser date(String argumentYaml) {
        FunctionArgs args = argumentYaml == null ? FunctionArgs.none(Path.of("."))
                : new FunctionArgs(Steps.parse(argumentYaml), Path.of("."));
        return DateFunction.create(args, TODAY);
    }

    private static Outcome apply(String argumentYaml, String value) {
        return date(argumentYaml).apply(value, RowContext.EMPTY);
    }

    private static String iso(String argumentYaml, String value) {
        Outcome outcome = apply(argumentYaml, value);
        assertThat(outcome.rejected()).as("%s rejected: %s", value, outcome.message()).isFalse();
        return outcome.value();
    }

    @Test
    void readsPatternsInOrder() {
        String patterns = "[dd.MM.yyyy, d.M.yy, yyyy-MM-dd, dd/MM/yyyy]";
        assertThat(iso(patterns, "05.03.1990")).isEqualTo("1990-03-05");
        assertThat(iso(patterns, "5.3.90")).isEqualTo("1990-03-05");
        assertThat(iso(patterns, "1990-03-05")).isEqualTo("1990-03-05");
        assertThat(iso(patterns, "05/03/1990")).isEqualTo("1990-03-05");
        assertThat(iso(patterns, " 05.03.1990\u00A0")).isEqualTo("1990-03-05");
    }

    @Test
    void strictPatternsDoNotReadOtherShapes() {
        assertThat(apply("dd.MM.yyyy", "5.3.1990").rejected()).isTrue();
        assertThat(apply("dd.MM.yyyy", "05.03.1990 р.").rejected()).isTrue();
    }

    @Test
    void rejectsImpossibleDates() {
        Outcome outcome = apply("[dd.MM.yyyy]", "31.02.1990");
        assertThat(outcome.rule()).isEqualTo("date");
        assertThat(outcome.message()).isEqualTo("not a date: '31.02.1990' (no such day)");
        assertThat(apply("dd.MM.yyyy", "29.02.1991").rejected()).isTrue();
        assertThat(iso("dd.MM.yyyy", "29.02.1992")).isEqualTo("1992-02-29");
        assertThat(apply("dd.MM.yyyy", "31.13.1990").message()).isEqualTo("not a date: '31.13.1990' (no such day)");
    }

    @Test
    void rejectsTextThatIsNoDateNamingThePatterns() {
        assertThat(apply("[dd.MM.yyyy, d.M.yy]", "невідомо").message())
                .isEqualTo("not a date: 'невідомо' (expected dd.MM.yyyy or d.M.yy)");
    }

    @Test
    void quotesAtMostFortyCharactersOfAValue() {
        String message = apply("dd.MM.yyyy", "а".repeat(500)).message();
        assertThat(message.length()).isLessThan(100);
    }

    @Test
    void twoDigitYearsUseThePivot() {
        String pivot = "{patterns: [dd.MM.yy], pivot_year: 1930}";
        assertThat(iso(pivot, "01.01.30")).isEqualTo("1930-01-01");
        assertThat(iso(pivot, "31.12.99")).isEqualTo("1999-12-31");
        assertThat(iso(pivot, "01.01.25")).isEqualTo("2025-01-01");
        assertThat(apply(pivot, "01.01.29").message()).isEqualTo("date 2029-01-01 is in the future");
    }

    @Test
    void twoDigitYearsDefaultToTheHundredYearsUpToToday() {
        assertThat(iso("d.M.yy", "1.1.26")).isEqualTo("1926-01-01");
        assertThat(iso("d.M.yy", "1.1.25")).isEqualTo("2025-01-01");
        assertThat(iso("d.M.yy", "1.1.90")).isEqualTo("1990-01-01");
    }

    @Test
    void rejectsFutureAndPre1900DatesByDefault() {
        assertThat(apply("yyyy-MM-dd", "2025-06-16").message()).isEqualTo("date 2025-06-16 is in the future");
        assertThat(iso("yyyy-MM-dd", "2025-06-15")).isEqualTo("2025-06-15");
        assertThat(apply("yyyy-MM-dd", "1899-12-31").message()).isEqualTo("date 1899-12-31 is before 1900-01-01");
    }

    @Test
    void boundsAreConfigurable() {
        String bounds = "{patterns: [dd.MM.yyyy], min: 1850-01-01, max: 2030-12-31}";
        assertThat(iso(bounds, "01.01.1890")).isEqualTo("1890-01-01");
        assertThat(iso(bounds, "01.01.2030")).isEqualTo("2030-01-01");
        assertThat(apply(bounds, "01.01.2031").message()).isEqualTo("date 2031-01-01 is after 2030-12-31");
    }

    @Test
    void readsExcelSerialsWhenNoPatternMatches() {
        assertThat(iso("dd.MM.yyyy", "25569")).isEqualTo("1970-01-01");
        assertThat(iso("dd.MM.yyyy", "32937")).isEqualTo("1990-03-05");
        assertThat(iso("dd.MM.yyyy", "32937.0")).isEqualTo("1990-03-05");
        assertThat(iso("dd.MM.yyyy", "9862")).isEqualTo("1926-12-31");
    }

    @Test
    void excelSerialsHonourTheFake1900LeapDay() {
        String always = "{patterns: [dd.MM.yyyy], excel_serial: true}";
        assertThat(iso(always, "1")).isEqualTo("1900-01-01");
        assertThat(iso(always, "59")).isEqualTo("1900-02-28");
        assertThat(apply(always, "60").rejected()).isTrue();
        assertThat(iso(always, "61")).isEqualTo("1900-03-01");
        assertThat(apply(always, "0").rejected()).isTrue();
    }

    @Test
    void autoModeTakesAFourDigitYearForAYearNotASerial() {
        assertThat(apply("dd.MM.yyyy", "1985").message()).isEqualTo("not a date: '1985' (a year alone)");
        assertThat(iso("{patterns: [dd.MM.yyyy], excel_serial: true}", "1985")).isEqualTo("1905-06-07");
        assertThat(apply("dd.MM.yyyy", "123").rejected()).isTrue();
    }

    @Test
    void excelSerialsCanBeSwitchedOff() {
        assertThat(apply("{patterns: [dd.MM.yyyy], excel_serial: false}", "25569").message())
                .isEqualTo("not a date: '25569' (expected dd.MM.yyyy)");
    }

    @Test
    void withoutArgumentsReadsDottedAndIsoDates() {
        assertThat(iso(null, "5.3.1990")).isEqualTo("1990-03-05");
        assertThat(iso(null, "05.03.1990")).isEqualTo("1990-03-05");
        assertThat(iso(null, "1990-03-05")).isEqualTo("1990-03-05");
    }

    @Test
    void readsUkrainianMonthNames() {
        assertThat(iso("d MMMM yyyy", "5 березня 1990")).isEqualTo("1990-03-05");
    }

    @Test
    void missingAndBlankValuesAreMissing() {
        assertThat(apply("dd.MM.yyyy", null)).isEqualTo(Outcome.missing());
        assertThat(apply("dd.MM.yyyy", "  ")).isEqualTo(Outcome.missing());
    }

    @Test
    void badPatternsAndOptionsAreReportedWhenTheJobLoads() {
        assertThatThrownBy(() -> date("[dd.MM.yyy]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date: pattern 'dd.MM.yyy' is invalid: a year is yyyy or yy");
        assertThatThrownBy(() -> date("[MM.yyyy]"))
                .hasMessage("date: pattern 'MM.yyyy' is invalid: it needs a day (d), a month (M) and a year (yyyy or yy)");
        assertThatThrownBy(() -> date("[dd.MM.yyyy bb]"))
                .hasMessageStartingWith("date: pattern 'dd.MM.yyyy bb' is invalid: Unknown pattern letter: b");
        assertThatThrownBy(() -> date("{patterns: [dd.MM.yyyy], pivot: 1930}"))
                .hasMessage("date: unknown option 'pivot' (expected one of excel_serial, max, min, patterns, pivot_year, swap, words)");
        assertThatThrownBy(() -> date("{excel_serial: maybe}"))
                .hasMessage("date: excel_serial expects one of auto, true, false, found 'maybe'");
        assertThatThrownBy(() -> date("{min: 01.01.1900}"))
                .hasMessage("date: min and max expect a date yyyy-MM-dd or today, found '01.01.1900'");
        assertThatThrownBy(() -> date("{min: 2000-01-01, max: 1999-01-01}"))
                .hasMessage("date: min 2000-01-01 is after max 1999-01-01");
    }

    @Test
    void quotedLiteralsInPatternsAreKept() {
        assertThat(iso("[\"dd.MM.yyyy 'р.'\"]", "05.03.1990 р.")).isEqualTo("1990-03-05");
    }

    @Test
    void flagsADayAndMonthThatAreValidOnlySwapped() {
        Outcome outcome = apply("dd.MM.yyyy", "03.25.1985");
        assertThat(outcome.rule()).isEqualTo("date");
        assertThat(outcome.message()).isEqualTo("month 25 invalid; 25.03.1985 if day and month are swapped");
        assertThat(apply("[d.M.yy, yyyy-MM-dd]", "1985-13-12").message())
                .isEqualTo("month 13 invalid; 1985-12-13 if day and month are swapped");
        assertThat(apply("dd/MM/yyyy", "12/13/1990").message())
                .isEqualTo("month 13 invalid; 13/12/1990 if day and month are swapped");
    }

    @Test
    void acceptsTheSwapWhenTheJobSaysSo() {
        assertThat(iso("{patterns: [dd.MM.yyyy], swap: accept}", "03.25.1985")).isEqualTo("1985-03-25");
        assertThat(apply("{patterns: [dd.MM.yyyy], swap: accept}", "2025-01-02").rejected()).isTrue();
    }

    @Test
    void aLaterPatternThatReadsTheValueWinsOverTheSwap() {
        assertThat(iso("[dd.MM.yyyy, MM.dd.yyyy]", "03.25.1985")).isEqualTo("1985-03-25");
    }

    @Test
    void doesNotOfferASwapThatIsNoDateEither() {
        assertThat(apply("dd.MM.yyyy", "31.13.1985").message()).isEqualTo("not a date: '31.13.1985' (no such day)");
        assertThat(apply("dd.MM.yyyy", "30.02.1985").message()).isEqualTo("not a date: '30.02.1985' (no such day)");
    }

    @Test
    void readsUkrainianAndRussianMonthWordsInAnyPatternList() {
        String numeric = "[dd.MM.yyyy]";
        assertThat(iso(numeric, "12 березня 1985")).isEqualTo("1985-03-12");
        assertThat(iso(numeric, "12 березня 1985 р.")).isEqualTo("1985-03-12");
        assertThat(iso(numeric, "12 березня 1985р.")).isEqualTo("1985-03-12");
        assertThat(iso(numeric, "12 березень 1985 року")).isEqualTo("1985-03-12");
        assertThat(iso(numeric, "12 марта 1985 г.")).isEqualTo("1985-03-12");
        assertThat(iso(numeric, "1 Мая 1985 года")).isEqualTo("1985-05-01");
        assertThat(iso(numeric, "01 ЛИСТОПАДА 1999")).isEqualTo("1999-11-01");
        assertThat(iso(numeric, "5 лют. 1990")).isEqualTo("1990-02-05");
        assertThat(iso(numeric, "5 сент. 1990 г.")).isEqualTo("1990-09-05");
    }

    @Test
    void monthWordsAreStrictAboutTheDay() {
        assertThat(apply("dd.MM.yyyy", "30 лютого 1985").message()).isEqualTo("not a date: '30 лютого 1985' (no such day)");
        assertThat(apply("dd.MM.yyyy", "12 брезня 1985").message()).isEqualTo("not a date: '12 брезня 1985' (expected dd.MM.yyyy)");
        assertThat(apply("{patterns: [dd.MM.yyyy], words: false}", "12 березня 1985").rejected()).isTrue();
    }

    @Test
    void twoDigitYearsInWordsUseThePivot() {
        assertThat(iso("{patterns: [dd.MM.yyyy], pivot_year: 1930}", "5 січня 31")).isEqualTo("1931-01-05");
        assertThat(iso("{patterns: [dd.MM.yyyy], pivot_year: 1930}", "5 січня 25")).isEqualTo("2025-01-05");
    }
}
