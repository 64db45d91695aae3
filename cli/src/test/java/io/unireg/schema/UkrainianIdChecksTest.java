package io.unireg.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkrainianIdChecksTest {

    private static String check(String name, String value) {
        return DomainChecks.builtIn().find(name).orElseThrow().check(value);
    }

    @Test
    void builtInRegistryHoldsACheckPerIdentifier() {
        assertThat(DomainChecks.builtIn().names()).contains("rnokpp", "edrpou", "unzr", "unzr_strict", "passport",
                "katottg", "koatuu", "phone", "iban_ua");
    }

    @Test
    void acceptCanonicalValuesAndRejectOthersMasked() {
        assertThat(check("edrpou", "00032945")).isNull();
        assertThat(check("edrpou", "32855968")).isEqualTo("ЄДРПОУ 32***68 has a wrong check digit");
        assertThat(check("passport", "МК123456")).isNull();
        assertThat(check("passport", "012345678")).isNull();
        assertThat(check("passport", "MK123456")).contains("neither").doesNotContain("123456");
        assertThat(check("katottg", "UA63120270010096107")).isNull();
        assertThat(check("katottg", "UA63120270010096108")).contains("not in the codifier");
        assertThat(check("koatuu", "6310100000")).isNull();
        assertThat(check("koatuu", "9910100000")).contains("region code");
        assertThat(check("phone", "+380501234567")).isNull();
        assertThat(check("phone", "0501234567")).isEqualTo("phone 05***34567 is not a valid E.164 number");
        assertThat(check("iban_ua", "UA213223130000026007233566001")).isNull();
        assertThat(check("iban_ua", "UA213223130000026007233566002")).contains("mod 97");
    }

    @Test
    void unzrCheckLeavesTheUnverifiedCheckDigitToUnzrStrict() {
        assertThat(check("unzr", "19820712-00028")).isNull();
        assertThat(check("unzr", "19820712-00021")).isNull();
        assertThat(check("unzr_strict", "19820712-00021")).isEqualTo("УНЗР 19***00021 has a wrong check digit");
        assertThat(check("unzr", "19820231-00028")).contains("date that exists");
    }
}
