package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written numeric path must read exactly what the strict DateTimeFormatter path reads. */
class NumericDateLayoutTest {

    private static final List<String> PATTERNS = List.of(
            "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d.M.yy", "dd.MM.yy", "MM/dd/yyyy", "d-M-yyyy", "yyyy.M.d");
    private static final ArgReader ARGS = ArgReader.of("date", FunctionArgs.none(Path.of(".")));
    private static final int PIVOT = 1930;

    private static DatePattern compile(String pattern) {
        return DatePattern.compile(ARGS, pattern, PIVOT);
    }

    /** The same value through both paths: the same fit and, when OK, the same day. */
    private static void assertSamePaths(DatePattern pattern, String value) {
        DatePattern.Reading fast = new DatePattern.Reading();
        DatePattern.Reading slow = new DatePattern.Reading();
        DatePattern.Fit fastFit = pattern.parse(value, fast);
        DatePattern.Fit slowFit = pattern.parseWithFormatter(value, slow);
        assertThat(fastFit).as("%s on '%s'", pattern.source(), value).isEqualTo(slowFit);
        if (fastFit == DatePattern.Fit.OK) {
            assertThat(fast.wideDate).isEqualTo(slow.wideDate);
            if (slow.wideDate == null) {
                assertThat(IsoDay.format(fast.day)).as("%s on '%s'", pattern.source(), value)
                        .isEqualTo(IsoDay.format(slow.day));
            }
        }
    }

    @Test
    void everyNumericPatternTakesTheFastPath() {
        for (String pattern : PATTERNS) {
            assertThat(compile(pattern).numeric()).as(pattern).isNotNull();
        }
        assertThat(compile("ddMMyyyy").numeric()).isNull();
        assertThat(compile("d MMMM yyyy").numeric()).isNull();
        assertThat(compile("dd.MM.yyyy 'р.'").numeric()).isNull();
    }

    @Test
    void fastAndFormatterPathsAgreeOnEveryDay1900To2030() {
        List<DatePattern> patterns = PATTERNS.stream().map(NumericDateLayoutTest::compile).toList();
        java.time.format.DateTimeFormatter[] writers = PATTERNS.stream()
                .map(p -> java.time.format.DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu").replace("yy", "uu")))
                .toArray(java.time.format.DateTimeFormatter[]::new);
        int checked = 0;
        for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(LocalDate.of(2030, 12, 31)); day = day.plusDays(1)) {
            for (int p = 0; p < patterns.size(); p++) {
                String written = writers[p].format(day);
                assertSamePaths(patterns.get(p), written);
                DatePattern.Reading reading = new DatePattern.Reading();
                assertThat(patterns.get(p).parse(written, reading)).isEqualTo(DatePattern.Fit.OK);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(47_000 * PATTERNS.size());
    }

    @Test
    void fastAndFormatterPathsAgreeOnInvalidAndOddValues() {
        List<String> values = new ArrayList<>(List.of(
                "", "1", "31.02.1990", "29.02.1900", "29.02.2000", "29.02.1991", "00.01.1990", "01.00.1990", "32.01.1990",
                "12.13.1990", "03.25.1985", "5.3.1990", "05.3.1990", "005.03.1990", "5.03.90", "05.03.90", "5.3.990",
                "05.03.19900", "05.03.0000", "05.03.-1990", "-5.3.1990", "+5.3.1990", "5..3.1990", "5.3.1990.",
                " 5.3.1990", "5.3.1990 ", "05-03-1990", "1990-03-05", "1990-3-5", "1990-003-05", "1990/03/05",
                "05/03/1990", "5/3/1990", "03/05/1990", "12/31/1999", "31/12/1999", "1990.3.5", "1990.03.05",
                "1990.13.05", "٠٥.٠٣.١٩٩٠", "05.03.199O", "aa.bb.cccc", "05.03.1990р", "5-3-1990", "5--3-1990",
                "29.2.00", "29.02.00", "29.2.31", "31.4.1990", "31.04.1990", "1.1.30", "1.1.29", "01.01.99", "1.1.2030"));
        for (String pattern : PATTERNS) {
            DatePattern compiled = compile(pattern);
            for (String value : values) {
                assertSamePaths(compiled, value);
            }
        }
    }

    @Test
    void twoDigitYearsFollowThePivotLikeTheFormatter() {
        DatePattern pattern = compile("d.M.yy");
        for (int yy = 0; yy < 100; yy++) {
            assertSamePaths(pattern, "1.1." + (yy < 10 ? "0" : "") + yy);
        }
    }

    @Test
    void offersTheSwappedSpellingOnlyWhenItIsAValidDate() {
        DatePattern pattern = compile("dd.MM.yyyy");
        DatePattern.Reading reading = new DatePattern.Reading();
        assertThat(pattern.parse("03.25.1985", reading)).isEqualTo(DatePattern.Fit.NO_SUCH_DAY);
        assertThat(reading.swapped).isEqualTo("25.03.1985");
        assertThat(pattern.parse("31.13.1985", reading)).isEqualTo(DatePattern.Fit.NO_SUCH_DAY);
        assertThat(reading.swapped).isNull();
        DatePattern iso = compile("yyyy-MM-dd");
        assertThat(iso.parse("1985-31-12", reading)).isEqualTo(DatePattern.Fit.NO_SUCH_DAY);
        assertThat(reading.swapped).isEqualTo("1985-12-31");
        assertThat(iso.parse("1985-13-31", reading)).isEqualTo(DatePattern.Fit.NO_SUCH_DAY);
        assertThat(reading.swapped).isNull();
        assertThat(iso.parse("1985-13-12", reading)).isEqualTo(DatePattern.Fit.NO_SUCH_DAY);
        assertThat(reading.swapped).isEqualTo("1985-12-13");
    }
}
