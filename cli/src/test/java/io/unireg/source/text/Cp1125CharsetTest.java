package io.unireg.source.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class Cp1125CharsetTest {

    private static final Charset CP866 = Charset.forName("IBM866");

    @Test
    void isFoundByNameAndAliasesThroughTheCharsetProvider() {
        assertThat(Charset.isSupported("cp1125")).isTrue();
        assertThat(Charset.forName("CP1125").name()).isEqualTo("cp1125");
        assertThat(Charset.forName("RUSCII")).isSameAs(Charset.forName("ibm-1125"));
    }

    @Test
    void holdsTheUkrainianLettersAtF2ToF9() {
        byte[] bytes = {(byte) 0xF2, (byte) 0xF3, (byte) 0xF4, (byte) 0xF5, (byte) 0xF6, (byte) 0xF7, (byte) 0xF8, (byte) 0xF9};

        assertThat(new String(bytes, Charset.forName("cp1125"))).isEqualTo("ҐґЄєІіЇї");
        assertThat(new String(bytes, CP866)).isEqualTo("ЄєЇїЎў°∙");
    }

    @Test
    void isCp866EverywhereElse() {
        for (int b = 0; b < 256; b++) {
            if (b >= 0xF2 && b <= 0xF9) {
                continue;
            }
            byte[] one = {(byte) b};
            assertThat(new String(one, Charset.forName("cp1125"))).as("byte %02X", b).isEqualTo(new String(one, CP866));
        }
    }

    @Test
    void roundTripsUkrainianText() {
        String text = "Ґудзь Їжакевич Євгенія Іванівна, м. Київ, вул. Січових Стрільців, 5 № 12";
        byte[] bytes = text.getBytes(Charset.forName("cp1125"));

        assertThat(bytes).hasSize(text.length());
        assertThat(new String(bytes, Charset.forName("cp1125"))).isEqualTo(text);
    }

    @Test
    void refusesCharactersItCannotWrite() {
        var encoder = Charset.forName("cp1125").newEncoder();

        assertThat(encoder.canEncode('Ў')).isFalse();
        assertThat(encoder.canEncode('ї')).isTrue();
        assertThatThrownBy(() -> encoder.encode(CharBuffer.wrap("Ўладзімір"))).isInstanceOf(CharacterCodingException.class);
        assertThat("€".getBytes(Charset.forName("cp1125"))).containsExactly('?');
    }

    @Test
    void decodesAcrossBufferBoundaries() throws CharacterCodingException {
        byte[] bytes = "Їжак".repeat(1000).getBytes(Charset.forName("cp1125"));

        CharBuffer out = Charset.forName("cp1125").newDecoder().decode(ByteBuffer.wrap(bytes));

        assertThat(out.toString()).isEqualTo("Їжак".repeat(1000));
    }
}
