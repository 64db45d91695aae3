package io.unireg.source.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8ReaderTest {

    /** What the JDK's reader makes of the bytes: the reference. */
    private static String jdk(byte[] bytes) throws IOException {
        return drain(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 8192);
    }

    private static String ours(byte[] bytes, int firstLength, int offset, int buffer, int chunk) throws IOException {
        byte[] first = Arrays.copyOf(bytes, Math.min(firstLength, bytes.length));
        byte[] rest = Arrays.copyOfRange(bytes, first.length, bytes.length);
        return drain(new Utf8Reader(first, offset, new ByteArrayInputStream(rest), buffer), chunk);
    }

    /** Everything {@code reader} gives, read {@code chunk} chars at a time (CharsetReaderTest reads the same way). */
    static String drain(Reader reader, int chunk) throws IOException {
        StringWriter out = new StringWriter();
        char[] buf = new char[chunk];
        try (reader) {
            int n;
            while ((n = reader.read(buf, 0, chunk)) != -1) {
                assertThat(n).as("a read returns at least one character or -1").isPositive();
                out.write(buf, 0, n);
            }
        }
        return out.toString();
    }

    @Test
    void cyrillicAsciiAndEverySequenceLength() throws IOException {
        // the three-byte range's ends and the chars either side of the surrogates too
        String text = "Прізвище;ІПН\r\nКоваленко;3070594860\r\n№ 5 — “лапки” 😀 ẞ é \u0800\uD7FF\uE000\uFFFF\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int buffer : new int[]{4, 5, 7, 64, 1 << 16}) {
            for (int chunk : new int[]{1, 2, 3, 8192}) {
                assertThat(ours(bytes, 3, 0, buffer, chunk)).as("buffer %d, chunk %d", buffer, chunk).isEqualTo(text);
            }
        }
    }

    @Test
    void malformedBytesAreReplacedExactlyAsTheJdkReaderReplacesThem() throws IOException {
        byte[][] cases = {
                {(byte) 0xC3},                                     // cut at the end
                {(byte) 0xC3, 'a'},                                // lead, then ASCII
                {(byte) 0xE2, (byte) 0x82},                        // three-byte sequence cut at the end
                {(byte) 0xE2, (byte) 0x82, 'x', (byte) 0xD0, (byte) 0x9F},
                {(byte) 0xC0, (byte) 0x80, (byte) 0xC1, (byte) 0xBF},  // overlong two-byte forms
                {(byte) 0xE0, (byte) 0x80, (byte) 0x80},           // overlong three-byte
                {(byte) 0xE0, (byte) 0x81, (byte) 0x81, (byte) 0xE0, (byte) 0x9F, (byte) 0xBF},  // overlong 'A' and U+07FF
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},           // an encoded surrogate
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},  // above U+10FFFF
                {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},           // four-byte sequence cut at the end
                {(byte) 0x80, (byte) 0xBF, 'z'},                   // stray continuation bytes
                {(byte) 0xF5, (byte) 0xFF, (byte) 0xFE, 'q'},
                {(byte) 0xD0, (byte) 0xD0, (byte) 0x9F},           // a lead whose next byte is another lead
        };
        for (byte[] bytes : cases) {
            for (int buffer : new int[]{2, 3, 64}) {
                for (int chunk : new int[]{1, 2, 8192}) {
                    assertThat(ours(bytes, 1, 0, buffer, chunk)).as("%s, buffer %d, chunk %d", Arrays.toString(bytes), buffer, chunk)
                            .isEqualTo(jdk(bytes));
                }
            }
        }
    }

    @Test
    void randomBytesDecodeAsTheJdkReaderDecodesThem() throws IOException {
        Random random = new Random(20261202);
        byte[][] pieces = {
                "a".getBytes(StandardCharsets.UTF_8), "Ї".getBytes(StandardCharsets.UTF_8), "№".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), ";".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8)};
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(60)];
            int n = 0;
            while (n < bytes.length) {
                if (random.nextInt(5) == 0) {
                    bytes[n++] = (byte) random.nextInt(256); // anything, malformed or not
                } else {
                    byte[] piece = pieces[random.nextInt(pieces.length)];
                    // sometimes cut: a sequence missing its last bytes
                    int take = random.nextInt(8) == 0 ? random.nextInt(piece.length) + 1 : piece.length;
                    for (int i = 0; i < take && n < bytes.length; i++) {
                        bytes[n++] = piece[i];
                    }
                }
            }
            int buffer = 1 + random.nextInt(9);
            int chunk = 1 + random.nextInt(5);
            int first = random.nextInt(bytes.length + 1);
            assertThat(ours(bytes, first, 0, buffer, chunk))
                    .as("%s, first %d, buffer %d, chunk %d", Arrays.toString(bytes), first, buffer, chunk)
                    .isEqualTo(jdk(bytes));
        }
    }

    @Test
    void skipsTheByteOrderMarkInTheFirstBytes() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "ПРІЗВИЩЕ;ІМЯ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(ours(bytes, 8, 3, 1 << 16, 8192)).isEqualTo("ПРІЗВИЩЕ;ІМЯ");
    }

    @Test
    void textInputReadsUtf8FilesThroughIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("residents.csv");
        String text = "ПРІЗВИЩЕ;ІМЯ\nКоваленко;Олена\n".repeat(3000);
        Files.writeString(file, text, StandardCharsets.UTF_8);

        try (TextInput input = TextInput.open(file, "utf-8")) {
            Reader reader = input.reader();
            assertThat(reader).isInstanceOf(Utf8Reader.class);
            assertThat(drain(reader, 4096)).isEqualTo(text);
        }
    }

    @Test
    void notesWhereTheLastReplacementWentAsTheJdkReaderPutsIt() throws IOException {
        Random random = new Random(20261203);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "Ї".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8)};
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(60)];
            int n = 0;
            while (n < bytes.length) {
                if (random.nextInt(6) == 0) {
                    bytes[n++] = (byte) (0x80 + random.nextInt(128)); // never ASCII, so never a literal EF BF BD
                } else {
                    byte[] piece = pieces[random.nextInt(pieces.length)];
                    for (int i = 0; i < piece.length && n < bytes.length; i++) {
                        bytes[n++] = piece[i];
                    }
                }
            }
            int buffer = 1 + random.nextInt(9);
            int chunk = 1 + random.nextInt(5);
            int first = random.nextInt(bytes.length + 1);
            Utf8Reader reader = new Utf8Reader(Arrays.copyOf(bytes, first), 0,
                    new ByteArrayInputStream(Arrays.copyOfRange(bytes, first, bytes.length)), buffer);
            String text = drain(reader, chunk);
            assertThat(reader.lastReplacement())
                    .as("%s, first %d, buffer %d, chunk %d", Arrays.toString(bytes), first, buffer, chunk)
                    .isEqualTo(text.lastIndexOf('\uFFFD'));
        }
    }

    @Test
    void aReplacementCharacterTheFileHoldsIsNotNoted() throws IOException {
        byte[] held = "Ковал\uFFFDнко;Олена\n".getBytes(StandardCharsets.UTF_8);
        Utf8Reader reader = new Utf8Reader(held, 0, new ByteArrayInputStream(new byte[0]));

        assertThat(drain(reader, 8192)).isEqualTo("Ковал\uFFFDнко;Олена\n");
        assertThat(reader.lastReplacement()).isEqualTo(-1);
    }
}
