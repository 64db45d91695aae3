package io.unireg.source.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharsetReaderTest {

    /** What the JDK's reader makes of the bytes: the reference. */
    private static String jdk(byte[] bytes, Charset charset) throws IOException {
        return Utf8ReaderTest.drain(new InputStreamReader(new ByteArrayInputStream(bytes), charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 8192);
    }

    private static boolean holdsBytes(byte[] bytes, int a, int b) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == a && (bytes[i + 1] & 0xFF) == b) {
                return true;
            }
        }
        return false;
    }

    @Test
    void randomBytesDecodeAsTheJdkReaderDecodesThemAndTheLastReplacementIsNoted() throws IOException {
        Random random = new Random(20261202);
        for (Charset charset : List.of(CyrillicSamples.WINDOWS_1251, CyrillicSamples.CP866, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE)) {
            for (int round = 0; round < 1000; round++) {
                byte[] bytes = new byte[random.nextInt(40)];
                random.nextBytes(bytes);
                int first = random.nextInt(bytes.length + 1);
                int chunk = 1 + random.nextInt(5);
                CharsetReader reader = new CharsetReader(Arrays.copyOf(bytes, first), 0,
                    new ByteArrayInputStream(Arrays.copyOfRange(bytes, first, bytes.length)), charset);
                String expected = jdk(bytes, charset);
                String what = charset + " " + Arrays.toString(bytes) + ", first " + first + ", chunk " + chunk;

                assertThat(Utf8ReaderTest.drain(reader, chunk)).as(what).isEqualTo(expected);
                // UTF-16 can hold U+FFFD itself; only a replacement is noted, so only compare without one.
                if (!holdsBytes(bytes, 0xFD, 0xFF) && !holdsBytes(bytes, 0xFF, 0xFD)) {
                    assertThat(reader.lastReplacement()).as(what).isEqualTo(expected.lastIndexOf('\uFFFD'));
                }
            }
        }
    }

    @Test
    void notesTheByteWindows1251CannotDecode() throws IOException {
        byte[] bytes = CyrillicSamples.encode("Ґудзь;Євген\r\nЇжакевич;X\r\n", CyrillicSamples.WINDOWS_1251);
        bytes[bytes.length - 3] = (byte) 0x98; // the one byte windows-1251 leaves unmapped, in place of X
        CharsetReader reader = new CharsetReader(bytes, 0, new ByteArrayInputStream(new byte[0]), CyrillicSamples.WINDOWS_1251);

        assertThat(Utf8ReaderTest.drain(reader, 8192)).isEqualTo("Ґудзь;Євген\r\nЇжакевич;\uFFFD\r\n");
        assertThat(reader.lastReplacement()).isEqualTo(22);
    }

    @Test
    void textInputReadsSingleByteFilesThroughItAfterTheSample(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("residents.csv");
        String text = "ПРІЗВИЩЕ;ІМЯ\r\nКоваленко;Олена\r\n".repeat(4000);
        Files.write(file, CyrillicSamples.encode(text, CyrillicSamples.WINDOWS_1251));

        try (TextInput input = TextInput.open(file, "auto")) {
            Reader reader = input.reader();
            assertThat(reader).isInstanceOf(CharsetReader.class);
            assertThat(Utf8ReaderTest.drain(reader, 4096)).isEqualTo(text);
            assertThat(input.lastReplacement()).isEqualTo(-1);
        }
    }
}
