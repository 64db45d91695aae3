package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class EdrpouTest {

    @ParameterizedTest
    @ValueSource(strings = {"32855961", "00032945", "14360506", "30327425", "43808820", "20001303", "38949117", "44660866"})
    void acceptsDomainVectors(String code) {
        assertThat(Edrpou.problem(code)).isNull();
        assertThat(UaSteps.value("edrpou", code)).isEqualTo(code);
    }

    @Test
    void acceptsEveryPythonStdnumVector() {
        var vectors = UaSteps.vectors("stdnum-edrpou-valid.txt");
        assertThat(vectors).hasSizeGreaterThan(40);
        assertThat(vectors).allSatisfy(v -> assertThat(Edrpou.isValid(v)).as(v).isTrue());
    }

    @Test
    void leftPadsWhatSpreadsheetsShortened() {
        assertThat(UaSteps.value("edrpou", "32945")).isEqualTo("00032945");
        assertThat(UaSteps.value("edrpou", " 0003 2945 ")).isEqualTo("00032945");
        assertThat(UaSteps.value("edrpou", "32855961.0")).isEqualTo("32855961");
    }

    @Test
    void rejectsEdrpouWithBadCheckDigitWithoutDisclosingIt() {
        Outcome o = UaSteps.apply("edrpou", "32855968");
        assertThat(o.rule()).isEqualTo("edrpou");
        assertThat(o.message()).isEqualTo("ЄДРПОУ 32***68 has a wrong check digit");
    }

    @Test
    void rejectsTooLongLettersAndPlaceholders() {
        assertThat(UaSteps.apply("edrpou", "328559610").message()).contains("must be 8 digits, found 9");
        assertThat(UaSteps.apply("edrpou", "ТОВ 328559").message()).contains("is not a number");
        assertThat(UaSteps.apply("edrpou", "00000000").message()).contains("placeholder");
    }

    @Test
    void usesTheSecondPassWhenTheFirstRemainderIsTen() {
        // 0000013 → weights 1..7: 6*1 + 7*3 = 27 ≡ 5; pick a prefix whose first pass gives 10 instead.
        String needsSecondPass = null;
        for (int n = 0; n < 10_000_000 && needsSecondPass == null; n += 7) {
            String seven = String.format("%07d", n);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (i + 1) * (seven.charAt(i) - '0');
            }
            if (sum % 11 == 10) {
                needsSecondPass = seven;
            }
        }
        assertThat(needsSecondPass).isNotNull();
        int second = 0;
        for (int i = 0; i < 7; i++) {
            second += (i + 3) * (needsSecondPass.charAt(i) - '0');
        }
        assertThat(Edrpou.checkDigit(needsSecondPass)).isEqualTo(second % 11 % 10);
    }

    /**
     * The two weight sets and the second pass leave a blind spot: a corruption goes unseen only when one of the
     * two codes needs the second pass or the corrupted first digit switches the weight set. Everything else
     * must fail, and so must every corruption of the check digit.
     */
    @Test
    void everySingleDigitCorruptionFailsOutsideTheSecondPassBlindSpot() {
        SplittableRandom rnd = new SplittableRandom(7);
        int corruptions = 0;
        int undetected = 0;
        for (int n = 0; n < 3000; n++) {
            String valid = Edrpou.complete(String.format("%07d", rnd.nextInt(10_000_000)));
            if (Edrpou.problem(valid) == Edrpou.Problem.PLACEHOLDER) {
                continue;
            }
            assertThat(Edrpou.isValid(valid)).as(valid).isTrue();
            for (int pos = 0; pos < 8; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(pos)) {
                        continue;
                    }
                    String bad = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    corruptions++;
                    if (Edrpou.isValid(bad)) {
                        undetected++;
                        assertThat(pos).as(bad).isLessThan(7);
                        boolean secondPass = firstRemainder(valid) == 10 || firstRemainder(bad) == 10;
                        boolean switchedWeights = midWeights(valid) != midWeights(bad);
                        assertThat(secondPass || switchedWeights).as(valid + " → " + bad).isTrue();
                    }
                }
            }
        }
        assertThat((double) undetected / corruptions).isLessThan(0.03);
    }

    private static boolean midWeights(String code) {
        return code.charAt(0) >= '3' && code.charAt(0) <= '5';
    }

    private static int firstRemainder(String code) {
        int[] w = midWeights(code) ? new int[] {7, 1, 2, 3, 4, 5, 6} : new int[] {1, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += w[i] * (code.charAt(i) - '0');
        }
        return sum % 11;
    }
}
