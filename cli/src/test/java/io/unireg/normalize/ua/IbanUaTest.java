package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IbanUaTest {

    private static final String VALID = "UA213223130000026007233566001";

    @Test
    void acceptsAValidIbanWrittenInGroups() {
        assertThat(IbanUa.problem(VALID)).isNull();
        assertThat(UaSteps.value("iban_ua", "ua21 3223 1300 0002 6007 2335 6600 1")).isEqualTo(VALID);
    }

    @Test
    void makeComputesTheCheckDigits() {
        assertThat(IbanUa.make("322313", "0000026007233566001")).isEqualTo(VALID);
    }

    @Test
    void rejectsWrongCheckDigitsLengthAndCountryWithoutDisclosingTheNumber() {
        Outcome o = UaSteps.apply("iban_ua", "UA213223130000026007233566002");
        assertThat(o.rule()).isEqualTo("iban_ua");
        assertThat(o.message()).isEqualTo("IBAN UA***66002 has wrong check digits (mod 97)");
        assertThat(UaSteps.apply("iban_ua", "UA2132231300000260072335660").message()).contains("UA and 27 more characters");
        assertThat(UaSteps.apply("iban_ua", "PL61109010140000071219812874").message()).contains("UA and 27");
    }

    @Test
    void everySingleCharacterCorruptionFails() {
        for (int pos = 2; pos < VALID.length(); pos++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != VALID.charAt(pos)) {
                    String bad = VALID.substring(0, pos) + d + VALID.substring(pos + 1);
                    assertThat(IbanUa.problem(bad)).as(bad).isNotNull();
                }
            }
        }
    }
}
