package io.unireg.sink.jdbc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes COPY's text format gets: escapes, NULL against the empty string, UTF-8. */
class CopyTextTest {

    private static String encode(String... values) {
        CopyText t = new CopyText();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                t.separator();
            }
            t.value(values[i]);
        }
        t.endRow();
        return new String(Arrays.copyOf(t.bytes(), t.length()), StandardCharsets.UTF_8);
    }

    @Test
    void nullIsBackslashNAndTheEmptyStringAnEmptyField() {
        assertThat(encode(null, "", "x")).isEqualTo("\\N\t\tx\n");
        assertThat(encode("\\N")).as("the text \\N is not NULL").isEqualTo("\\\\N\n");
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturnOnly() {
        assertThat(encode("a\tb", "line1\nline2", "cr\rx", "back\\slash"))
                .isEqualTo("a\\tb\tline1\\nline2\tcr\\rx\tback\\\\slash\n");
        assertThat(encode("\"quoted\", with comma; =SUM(A1) +1 -1 @x"))
                .as("quotes, delimiters of CSV and formula starts go through as they are")
                .isEqualTo("\"quoted\", with comma; =SUM(A1) +1 -1 @x\n");
    }

    @Test
    void aValueThatIsTheEndOfDataMarkerCannotEndTheData() {
        assertThat(encode("\\.")).isEqualTo("\\\\.\n");
        assertThat(encode("x", "\\.")).isEqualTo("x\t\\\\.\n");
    }

    @Test
    void writesUtf8IncludingSupplementaryCharactersAndReplacesLoneSurrogates() {
        String cyrillic = "Ґудзь-Їжак Євгенія Іванівна ’";
        assertThat(encode(cyrillic, "𝔘")).isEqualTo(cyrillic + "\t𝔘\n");
        assertThat(encode("a\uD800b", "\uDC00")).isEqualTo("a?b\t?\n");
    }

    @Test
    void growsForLongValuesAndKeepsTheRowsNotYetSent() {
        String longValue = "Ї".repeat(100_000);
        CopyText t = new CopyText();
        t.value("first");
        t.endRow();
        int firstRow = t.length();
        t.value(longValue);
        t.endRow();
        assertThat(t.length()).isEqualTo(firstRow + 200_001);
        t.keepFrom(firstRow);
        assertThat(new String(Arrays.copyOf(t.bytes(), t.length()), StandardCharsets.UTF_8)).isEqualTo(longValue + "\n");
    }
}
