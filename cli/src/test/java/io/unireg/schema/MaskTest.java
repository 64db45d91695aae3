package io.unireg.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskTest {

    @Test
    void keepsFirstTwoAndLastFiveOfALongIdentifier() {
        assertThat(Mask.identifier("3112345678")).isEqualTo("31***45678");
        assertThat(Mask.identifier("19820712-00028")).isEqualTo("19***00028");
    }

    @Test
    void keepsFirstTwoAndLastTwoOfAMediumIdentifier() {
        assertThat(Mask.identifier("МК123456")).isEqualTo("МК***56");
    }

    @Test
    void hidesAShortIdentifierCompletely() {
        assertThat(Mask.identifier("12345")).isEqualTo("***");
        assertThat(Mask.identifier(null)).isEmpty();
    }

    @Test
    void quotesOtherValuesOnOneLineAndCutsLongOnes() {
        assertThat(Mask.quoted("a\nb")).isEqualTo("'a b'");
        assertThat(Mask.quoted("x".repeat(100))).hasSize(43).endsWith("…'");
    }
}
