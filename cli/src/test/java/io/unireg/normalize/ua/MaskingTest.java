package io.unireg.normalize.ua;

import io.unireg.schema.Mask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Masking repeats Mask's rule (normalize may not import schema): they must never differ. */
class MaskingTest {

    @Test
    void masksExactlyAsSchemaMaskDoes() {
        StringBuilder value = new StringBuilder();
        for (int n = 0; n <= 32; n++) {
            assertThat(Masking.identifier(value.toString())).isEqualTo(Mask.identifier(value.toString()));
            value.append((char) ('0' + n % 10));
        }
        assertThat(Masking.identifier(null)).isEqualTo(Mask.identifier(null));
        assertThat(Masking.identifier("МК123456")).isEqualTo(Mask.identifier("МК123456"));
    }
}
