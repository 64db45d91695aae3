package io.unireg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProfileCommandTest {

    @TempDir
    Path dir;
    Path file;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFile() throws Exception {
        file = dir.resolve("residents.csv");
        Files.writeString(file, """
            ПРІЗВИЩЕ;ІМ'Я;РНОКПП;ДАТА
            Ґудзь;Євген;3012345670;01.02.1982
            Їжакевич;Ірина;;3.4.75
            Iваненко;Олег;2978901235;1975-04-03
            """, Charset.forName("windows-1251"));
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ProfileCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void printsAReadableProfile() {
        int code = run(file.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
            .contains("File:      " + file)
            .contains("Encoding:  windows-1251 (not UTF-8; Cyrillic reads best as windows-1251")
            .contains("Delimiter: ; (sniffed")
            .contains("Rows:      3 read, 0 bad")
            .contains("Columns:   4")
            .containsPattern("(?m)^  3  РНОКПП\\s+text\\s+33\\.3%\\s+2\\s+9999999999$")
            .contains("1. ПРІЗВИЩЕ — text")
            .contains("top       «Iваненко» 1 · «Їжакевич» 1 · «Ґудзь» 1")
            .contains("warning   1 value mixes Cyrillic and Latin letters in one word")
            .contains("dates     «d.M.yy» 1 · «dd.MM.yyyy» 1 · «yyyy-MM-dd» 1");
    }

    @Test
    void printsJsonForScripts() throws Exception {
        int code = run(file.toString(), "--json", "--top", "1", "--encoding", "windows-1251", "--delimiter", ";");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("rows").asLong()).isEqualTo(3);
        assertThat(json.at("/detected/encoding").asText()).isEqualTo("windows-1251");
        assertThat(json.at("/detected/encoding_reason").asText()).isEqualTo("given");
        JsonNode surname = json.at("/columns/0");
        assertThat(surname.get("name").asText()).isEqualTo("ПРІЗВИЩЕ");
        assertThat(surname.get("distinct").asLong()).isEqualTo(3);
        assertThat(surname.get("top")).hasSize(1);
        assertThat(surname.get("mixed_script").asLong()).isEqualTo(1);
        assertThat(json.at("/columns/2/empty_share").asDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    void honoursTheRowLimit() {
        int code = run(file.toString(), "--rows", "2");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Rows:      2 read (row limit reached), 0 bad");
    }

    @Test
    void reportsAMissingFileOnOneLineWithUsageExitCode() {
        int code = run(dir.resolve("nothere.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("unireg: " + dir.resolve("nothere.csv") + ": no such file" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void reportsAnUnknownEncodingWithUsageExitCode() {
        int code = run(file.toString(), "--encoding", "klingon-8");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("unireg: " + file + ": unknown encoding 'klingon-8'");
    }

    @Test
    void reportsABrokenHeaderWithItsLine() throws Exception {
        Files.writeString(file, "А;Б;А\n1;2;3\n", StandardCharsets.UTF_8);

        int code = run(file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("unireg: " + file + ":1: duplicate column name 'А' (columns 1 and 3)");
    }

    /** A run refuses the line and reads on; the profile shows it among the bad rows and profiles the rest. */
    @Test
    void brokenQuotingInTheRowsIsABadRowAndTheRestIsProfiled() throws Exception {
        Files.writeString(file, "А;Б\n1;2\n3;\"never closed\n4;5\n", StandardCharsets.UTF_8);

        int code = run(file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Rows:      2 read, 1 bad\n"
            + "           line 3: unterminated quoted field: a quote opened in the record starting here is never closed"
            + " (read on from line 4)\n");
    }

    @Test
    void quotingBrokenTooOftenToReadOnExitsOneAsARunOfTheSameFileDoes() throws Exception {
        StringBuilder text = new StringBuilder("А;Б\n");
        for (int i = 1; i <= 102; i++) {
            text.append(i).append(";\"ТОВ \"Ромашка\"\"\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);

        int code = run(file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("unireg: " + file + ":102: more than 100 records with broken quoting:"
            + " stopping here (each one reads the file again up to it); are its quotes RFC 4180 (a quote in a quoted cell doubled: \"\")?");
    }

    @Test
    void aDeviceIsNotProfiledForEver() {
        int code = run("/dev/zero");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("unireg: /dev/zero: is not a regular file (a device or a pipe?)");
    }

    @Test
    void rejectsANonPositiveRowLimit() {
        assertThat(run(file.toString(), "--rows", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--rows and --top must be positive");
    }

    @Test
    void rejectsAnUnknownOptionAsUsageError() {
        assertThat(run(file.toString(), "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }
}
