package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RnokppTest {

    @Test
    void domainVectorsEncodeTheirBirthDateAndSex() {
        assertThat(Rnokpp.birthDate("1759013776")).isEqualTo(LocalDate.of(1948, 2, 28));
        assertThat(Rnokpp.sex("1759013776")).isEqualTo("M");
        assertThat(Rnokpp.birthDate("3652504575")).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(Rnokpp.birthDate("3068208400")).isEqualTo(LocalDate.of(1984, 1, 2));
        assertThat(Rnokpp.sex("3068208400")).isEqualTo("F");
        assertThat(Rnokpp.birthDate("2530414071")).isEqualTo(LocalDate.of(1969, 4, 12));
    }

    /** A cell of no-break spaces is missing, as for trim, not "must be 10 digits, found 0" (which rejected the row). */
    @Test
    void aCellOfNoBreakSpacesIsMissing() {
        for (String name : new String[]{"rnokpp", "edrpou", "unzr", "passport", "phone", "iban_ua", "katottg", "koatuu"}) {
            assertThat(UaSteps.apply(name, "\u00A0 \u00A0")).as(name).isEqualTo(Outcome.missing());
        }
    }

    @Test
    void acceptsEveryPythonStdnumVector() {
        var vectors = UaSteps.vectors("stdnum-rntrc-valid.txt");
        assertThat(vectors).hasSizeGreaterThan(40);
        for (String v : vectors) {
            assertThat(UaSteps.value("rnokpp", v)).as(v).isEqualTo(v.replace(" ", ""));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' 1759013776 '|1759013776",
            "1759-013-776|1759013776",
            "1759013776.0|1759013776",
            "25 30 41 40 71|2530414071",
            "\u00a01759013776|1759013776"})
    void cleansWhatExportsDoToTheNumber(String raw, String expected) {
        assertThat(UaSteps.value("rnokpp", raw)).isEqualTo(expected);
    }

    @Test
    void restoresTheLeadingZeroOnlyWhenThatMakesAValidNumber() {
        String born1920 = Rnokpp.make(LocalDate.of(1920, 5, 1), 123, true);
        assertThat(born1920).startsWith("0");
        assertThat(UaSteps.value("rnokpp", born1920.substring(1))).isEqualTo(born1920);
        // A 9-digit ID-card number is not turned into an RNOKPP.
        assertThat(Rnokpp.restoreLeadingZero("123456789")).isEqualTo("123456789");
        Outcome o = UaSteps.apply("rnokpp", "123456789");
        assertThat(o.rejected()).isTrue();
        assertThat(o.message()).contains("must be 10 digits, found 9").doesNotContain("123456789");
    }

    @Test
    void rejectsRnokppWithBadCheckDigitWithoutDisclosingIt() {
        Outcome o = UaSteps.apply("rnokpp", "1759013770");
        assertThat(o.rule()).isEqualTo("rnokpp");
        assertThat(o.message()).isEqualTo("РНОКПП 17***13770 has a wrong check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "9999999999", "000000000"})
    void rejectsPlaceholdersAsPlaceholders(String value) {
        Outcome o = UaSteps.apply("rnokpp", value);
        assertThat(o.rejected()).isTrue();
        if (value.length() == 10) {
            assertThat(o.message()).contains("placeholder").doesNotContain("check digit");
        }
    }

    @Test
    void rejectsADocumentNumberInTheRnokppColumnSayingWhatItLooksLike() {
        Outcome o = UaSteps.apply("rnokpp", "МК123456");
        assertThat(o.rejected()).isTrue();
        assertThat(o.message()).contains("holds letters").doesNotContain("123456");
    }

    @Test
    void passesMissingThrough() {
        assertThat(UaSteps.apply("rnokpp", null)).isEqualTo(Outcome.missing());
        assertThat(UaSteps.apply("rnokpp", "  ")).isEqualTo(Outcome.missing());
    }

    /**
     * (sum mod 11) mod 10 cannot see every single-digit error: remainders 0 and 10 both give check digit 0.
     * Every corruption outside that blind spot must fail, every corruption of the check digit must fail, and
     * the blind spot must stay the rare exception it is.
     */
    @Test
    void everySingleDigitCorruptionFailsOutsideTheModElevenBlindSpot() {
        SplittableRandom rnd = new SplittableRandom(20261123);
        int corruptions = 0;
        int undetected = 0;
        for (int n = 0; n < 2000; n++) {
            LocalDate born = LocalDate.of(1900, 1, 1).plusDays(rnd.nextInt(45_000));
            String valid = Rnokpp.make(born, rnd.nextInt(1000), rnd.nextBoolean());
            assertThat(Rnokpp.isValid(valid)).as(valid).isTrue();
            for (int pos = 0; pos < 10; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(pos)) {
                        continue;
                    }
                    String bad = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    corruptions++;
                    if (Rnokpp.isValid(bad)) {
                        undetected++;
                        assertThat(pos).as(bad).isLessThan(9);
                        assertThat(java.util.Set.of(remainder(valid), remainder(bad))).as(valid + " → " + bad)
                                .containsExactlyInAnyOrder(0, 10);
                    }
                }
            }
        }
        assertThat(corruptions).isEqualTo(2000 * 90);
        assertThat((double) undetected / corruptions).isLessThan(0.025);
    }

    private static int remainder(String number) {
        int[] w = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += w[i] * (number.charAt(i) - '0');
        }
        return Math.floorMod(sum, 11);
    }
}
