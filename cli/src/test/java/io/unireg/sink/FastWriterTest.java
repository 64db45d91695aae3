package io.unireg.sink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** FastWriter's own UTF-8 encoder writes exactly the bytes Java's encoder would, across buffer edges. */
class FastWriterTest {

    @Test
    void encodesLikeTheJdkAcrossBufferBoundaries() throws Exception {
        Random random = new Random(11);
        char[] alphabet = "aZ09,\"\r\n Ґґ'’Єє Її Шевченко ЁЪ €😀𝔘 \u007f\u0080ÿ\u07ff\u0800".toCharArray();
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastWriter writer = new FastWriter(out)) {
            // ~300k chars: many 32k-char flushes, some of them landing inside a surrogate pair; the
            // alphabet has the last and first char of each UTF-8 length
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

    /**
     * SXSSF's workbook close closes each sheet's writer, then disposes the sheet, which first flushes the
     * rows still in its window into that closed writer and closes it again: the second flush went to a
     * closed file, and POI printed the IOException's stack trace under a failed run's one-line error.
     */
    @Test
    void aSecondCloseAfterLateWritesDoesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sheet.xml");
        FastWriter writer = new FastWriter(new FileOutputStream(file.toFile()));
        writer.write("Шевченко", 0, 8);
        writer.close();
        writer.write("<row/>", 0, 6);
        writer.close();
        assertThat(Files.readString(file)).isEqualTo("Шевченко");
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
