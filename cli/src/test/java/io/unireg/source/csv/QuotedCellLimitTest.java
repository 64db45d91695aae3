package io.unireg.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuotedCellLimitTest {

    private static String readThrough(String text, int limit) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader reader = new QuotedCellLimit(new StringReader(text), ';', limit)) {
            char[] buffer = new char[3]; // small reads: the state carries over from one to the next
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) > 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @Test
    void passesTheTextThroughUnchanged() throws IOException {
        String text = "a;\"b;c\"\r\n\"x\"\"y\";z\n";
        assertThat(readThrough(text, 5)).isEqualTo(text);
    }

    @Test
    void stopsAQuotedCellLongerThanTheLimit() {
        assertThatThrownBy(() -> readThrough("a;\"123456\nb;c\n", 5))
            .isInstanceOf(QuotedCellLimit.TooLong.class);
    }

    /** Each quoted cell is counted from its own opening quote; doubled quotes stay inside it. */
    @Test
    void countsEachQuotedCellOnItsOwn() throws IOException {
        assertThat(readThrough("\"1234\";\"12\"\"3\";\"1234\"\n\"1234\"\n", 5)).hasSize(29);
    }

    /** As Commons CSV reads it: a quote inside an unquoted cell is a character, not an opening quote. */
    @Test
    void aQuoteInsideAnUnquotedCellOpensNothing() throws IOException {
        assertThat(readThrough("ab\"cdefghijkl;x\nmnopqrstu\n", 5)).startsWith("ab\"");
    }

    /**
     * The reader follows quotes from one to the next; this follows every character as Commons CSV's
     * lexer does. On random texts of delimiters, quotes, line breaks and letters, read in random pieces,
     * both stop at the same character.
     */
    @Test
    void stopsWhereACharacterByCharacterReadingOfTheQuotesStops() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        char[] alphabet = {'a', 'b', ';', ';', '"', '"', '\n', '\r', ','};
        int stopped = 0;
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(1, 60)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            int limit = random.nextInt(1, 8);
            int expected = firstOverLimit(text, ';', limit);
            int piece = random.nextInt(1, 9);
            int delivered = 0;
            Integer failedAt = null;
            try (Reader reader = new QuotedCellLimit(new StringReader(new String(text)), ';', limit)) {
                char[] buffer = new char[piece];
                int n;
                while ((n = reader.read(buffer, 0, piece)) > 0) {
                    delivered += n;
                }
            } catch (QuotedCellLimit.TooLong e) {
                failedAt = delivered;
            }
            String what = new String(text).replace("\n", "\\n").replace("\r", "\\r") + " limit " + limit + " piece " + piece;
            if (expected < 0) {
                assertThat(failedAt).as(what).isNull();
                assertThat(delivered).as(what).isEqualTo(text.length);
            } else {
                stopped++;
                assertThat(failedAt).as(what).isNotNull();
                assertThat(expected).as(what).isBetween(failedAt, failedAt + piece - 1);
            }
        }
        assertThat(stopped).as("the random texts stop often enough to compare").isGreaterThan(1_000);
    }

    /** Index of the character that takes a quoted cell over {@code limit}, char by char; -1 if none does. */
    private static int firstOverLimit(char[] text, char d, int limit) {
        int s = 0; // 0 field start, 1 unquoted, 2 quoted, 3 quote in quoted
        long q = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            boolean ends = c == d || c == '\n' || c == '\r';
            if (s == 2) {
                if (c == '"') {
                    s = 3;
                } else if (++q > limit) {
                    return i;
                }
            } else if (s == 3) {
                s = c == '"' ? 2 : ends ? 0 : 1;
            } else if (s == 0) {
                if (c == '"') {
                    s = 2;
                    q = 0;
                } else if (!ends) {
                    s = 1;
                }
            } else if (ends) {
                s = 0;
            }
        }
        return -1;
    }
}
