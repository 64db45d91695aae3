package io.unireg.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
}
