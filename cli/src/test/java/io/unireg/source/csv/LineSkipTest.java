package io.unireg.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LineSkipTest {

    private static String rest(LineSkip.Skipped skipped) throws IOException {
        StringBuilder text = new StringBuilder();
        Reader reader = skipped.reader();
        char[] buffer = new char[4096];
        int n;
        while ((n = reader.read(buffer)) > 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    @Test
    void countsCrLfAndCrLfAsOneBreakEachAsCommonsCsvDoes() throws IOException {
        String text = "a\r\nb\nc\rd\n\re";
        assertThat(rest(LineSkip.skip(new StringReader(text), 1))).isEqualTo("b\nc\rd\n\re");
        assertThat(rest(LineSkip.skip(new StringReader(text), 2))).isEqualTo("c\rd\n\re");
        assertThat(rest(LineSkip.skip(new StringReader(text), 3))).isEqualTo("d\n\re");
        // LF then CR: two breaks, the second one a line of its own.
        assertThat(rest(LineSkip.skip(new StringReader(text), 4))).isEqualTo("\re");
        assertThat(rest(LineSkip.skip(new StringReader(text), 5))).isEqualTo("e");
        assertThat(LineSkip.skip(new StringReader(text), 5).chars()).isEqualTo(text.length() - 1);
    }

    @Test
    void nothingToSkipAndTooFewLines() throws IOException {
        assertThat(rest(LineSkip.skip(new StringReader("a\nb"), 0))).isEqualTo("a\nb");
        LineSkip.Skipped past = LineSkip.skip(new StringReader("a\nb"), 7);
        assertThat(rest(past)).isEmpty();
        assertThat(past.chars()).isEqualTo(3);
        assertThat(rest(LineSkip.skip(new StringReader("a\r"), 1))).isEmpty();
    }

    /** A CR as the last character of one read and its LF the first of the next. */
    @Test
    void aCrLfSplitOverTwoReadsIsOneBreak() throws IOException {
        String first = "x".repeat(64 * 1024 - 1) + "\r";
        String text = first + "\nnext\r\nlast";
        LineSkip.Skipped skipped = LineSkip.skip(new StringReader(text), 1);
        assertThat(rest(skipped)).isEqualTo("next\r\nlast");
        assertThat(skipped.chars()).isEqualTo(first.length() + 1);
    }

    /** The parser started after the skip reports the lines it would have reported from the start, less those skipped. */
    @Test
    void aParserAfterTheSkipCountsLinesAsOneFromTheStartWould() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append(i).append(i % 3 == 0 ? ",\"two\r\nlines\"" : ",one").append(i % 2 == 0 ? "\r\n" : i % 5 == 0 ? "\r" : "\n");
        }
        CSVFormat format = CSVFormat.RFC4180;
        try (CSVParser whole = CSVParser.builder().setReader(new StringReader(text.toString())).setFormat(format).get()) {
            long linesBefore = 0;
            int index = 0;
            for (CSVRecord record : whole) {
                if (index++ == 3_000) {
                    LineSkip.Skipped skipped = LineSkip.skip(new StringReader(text.toString()), linesBefore);
                    try (CSVParser rest = CSVParser.builder().setReader(skipped.reader()).setFormat(format)
                            .setCharacterOffset(skipped.chars()).get()) {
                        CSVRecord same = rest.iterator().next();
                        assertThat(same.values()).containsExactly(record.values());
                        assertThat(same.getCharacterPosition()).isEqualTo(record.getCharacterPosition());
                        assertThat(linesBefore + rest.getCurrentLineNumber()).isEqualTo(whole.getCurrentLineNumber());
                    }
                    return;
                }
                linesBefore = whole.getCurrentLineNumber();
            }
        }
        throw new AssertionError("record 3000 not reached");
    }
}
