package io.unireg.sink;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** FastWriter's own UTF-8 encoder writes exactly the bytes Java's encoder would, across buffer edges. */
class FastWriterTest {

    @Test
    void encodesLikeTheJdkAcrossBufferBoundaries() throws Exception {
        Random random = new Random(11);
        char[] alphabet = "aZ09,\"\r\n Ґґ'’Єє Її Шевченко ЁЪ €😀𝔘".toCharArray();
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastWriter writer = new FastWriter(out)) {
            // ~300k chars: many 32k-char flushes, some of them landing inside a surrogate pair
            while (text.length() < 300_000) {
                int len = random.nextInt(40);
                StringBuilder piece = new StringBuilder();
                while (piece.length() < len) {
                    char c = alphabet[random.nextInt(alphabet.length)];
                    piece.append(c);
                    if (Character.isHighSurrogate(c)) {
                        piece.append(alphabet[indexOfLowAfter(alphabet, c)]);
                    }
                }
                text.append(piece);
                if (random.nextBoolean()) {
                    writer.write(piece.toString(), 0, piece.length());
                } else {
                    for (int i = 0; i < piece.length(); i++) {
                        writer.write(piece.charAt(i));
                    }
                }
            }
        }
        assertThat(out.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkAsInTheJdk() throws Exception {
        String text = "a\uD800b\uDC00c";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastWriter writer = new FastWriter(out)) {
            writer.write(text, 0, text.length());
        }
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writeIfPlainRefusesCsvSpecialsAndWritesNothingForThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastWriter writer = new FastWriter(out)) {
            for (String special : new String[] {"a,b", "say \"hi\"", "line\nbreak", "cr\r", ",", "\"", "Шевченко,Т."}) {
                assertThat(writer.writeIfPlain(special)).as(special).isFalse();
            }
            for (String plain : new String[] {"Шевченко", "вул. Сумська 12/4", "a;b", "tab\there", "'=1+1", "😀"}) {
                assertThat(writer.writeIfPlain(plain)).as(plain).isTrue();
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Шевченковул. Сумська 12/4a;btab\there'=1+1😀");
    }

    @Test
    void writeIfPlainAtTheBufferEdgeKeepsSurrogatePairsAndSpecialsApart() throws Exception {
        int buffer = 1 << 15;
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastWriter writer = new FastWriter(out)) {
            // One char short of the edge: the next values do not fit, so the buffer is flushed before the copy.
            String filler = "ж".repeat(buffer - 1);
            writer.write(filler, 0, filler.length());
            expected.append(filler);
            // A refused value leaves nothing behind; the next one starts the new round (4 chars in it).
            assertThat(writer.writeIfPlain("x😀,")).isFalse();
            assertThat(writer.writeIfPlain("x😀y")).isTrue();
            expected.append("x😀y");
            // A high surrogate last in a full buffer is kept back for the low half the next value starts with.
            String upToEdge = "a".repeat(buffer - 4 - 1) + "\uD83D";
            writer.write(upToEdge, 0, upToEdge.length());
            assertThat(writer.writeIfPlain("\uDE00z")).isTrue();
            expected.append(upToEdge).append("\uDE00z");
        }
        assertThat(out.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writeIfPlainTakesValuesLongerThanTheBuffer() throws Exception {
        String longPlain = "Ґ😀".repeat(20_000);
        String longSpecial = "Ґ".repeat(40_000) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastWriter writer = new FastWriter(out)) {
            writer.write("[", 0, 1);
            assertThat(writer.writeIfPlain(longSpecial)).isFalse();
            assertThat(writer.writeIfPlain(longPlain)).isTrue();
            writer.write("]", 0, 1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[" + longPlain + "]");
    }

    private static int indexOfLowAfter(char[] alphabet, char high) {
        for (int i = 0; i < alphabet.length - 1; i++) {
            if (alphabet[i] == high) {
                return i + 1;
            }
        }
        throw new AssertionError();
    }
}
