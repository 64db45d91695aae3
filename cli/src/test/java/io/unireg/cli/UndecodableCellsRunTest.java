package io.unireg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unireg run} on files whose bytes do not all decode, and on a stray quote: the damage is
 * rejected where it is, never written as data.
 */
class UndecodableCellsRunTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String HEADER = "NUM;SURNAME;NAME;SEX;BIRTH;DOC;NOTE";

    @TempDir
    Path dir;

    private Path job() throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: people.csv, key: NUM}
                target: {schema: eddr-person}
                fields:
                  surname: {from: SURNAME, normalize: [trim, title_case]}
                  given_name: {from: NAME, normalize: [trim, title_case]}
                  sex: {from: SEX, normalize: [trim, lower, {map: {table: {m: M, f: F, ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: BIRTH, normalize: [{date: [dd.MM.yyyy]}]}
                  document_number: {from: DOC, normalize: [passport]}
                outputs:
                  - {type: csv}
                quality: {max_reject_rate: 0.05}
                """);
        return job;
    }

    private static List<String> asciiRows(int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            rows.add(i + ";Ivanenko;Olena;f;01.02.1980;MK" + (100000 + i) + ";plain note");
        }
        return rows;
    }

    private CliRunner run() throws IOException {
        return CliRunner.run("run", job().toString(), "--out", dir.resolve("out").toString(), "-q");
    }

    /** The rejects of the one run (a run failing a gate is not made the latest). */
    private List<String> rejects() throws IOException {
        try (var runs = Files.list(dir.resolve("out/runs"))) {
            return Files.readAllLines(runs.findFirst().orElseThrow().resolve("rejects.csv"), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rejectsCyrillicOfAWindows1251FileWhoseFirst64KbAreAsciiAndFailsTheGate() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(asciiRows(1, 2500)); // more than the 64 KB detection reads
        for (int i = 2501; i <= 2700; i++) {
            lines.add(i + ";Їжакевич;Ірина;ж;01.02.1980;MK" + (100000 + i) + ";примітка");
        }
        Files.write(dir.resolve("people.csv"), (String.join("\r\n", lines) + "\r\n").getBytes(CP1251));

        CliRunner r = run();

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("read 2700 rows, rejected 200");
        assertThat(rejects()).contains(
                "people,2501,2502,surname,encoding,column 'SURNAME' holds bytes that are not valid UTF-8 (read as U+FFFD);"
                        + " set the source's encoding: if the file is written in another one",
                "people,2501,2502,given_name,encoding,column 'NAME' holds bytes that are not valid UTF-8 (read as U+FFFD);"
                        + " set the source's encoding: if the file is written in another one");
        try (var runs = Files.list(dir.resolve("out/runs"))) {
            assertThat(Files.readString(runs.findFirst().orElseThrow().resolve("records.csv"))).doesNotContain("\uFFFD");
        }
    }

    @Test
    void aDamagedCellInAColumnNoFieldReadsChangesNothing() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 20; i++) {
            lines.add(i + ";Коваленко;Олена;ж;01.02.1980;MK" + (100000 + i) + ";примітка " + i);
        }
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(";MK100005;") + 10;
        bytes[at + 2] = (byte) 0xFF; // the first byte of "р" in NOTE only: a byte no UTF-8 text holds

        Files.write(dir.resolve("people.csv"), bytes);

        CliRunner r = run();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("read 20 rows, rejected 0");
        assertThat(Files.readString(dir.resolve("out/latest/records.csv"))).contains("Коваленко,Олена");
    }

    /** The key makes the row's id and names it in links and rejects: damaged, no field reads it, yet the row is rejected. */
    @Test
    void aDamagedKeyCellRejectsItsRow() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 40; i++) {
            lines.add("К" + i + ";Коваленко;Олена;ж;01.02.1980;MK" + (100000 + i) + ";примітка");
        }
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\n\u00d0\u009a30;") + 1;
        bytes[at + 1] = (byte) 0xFF; // the second byte of "К" in row 30's NUM, the key

        Files.write(dir.resolve("people.csv"), bytes);

        CliRunner r = run();

        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).contains("read 40 rows, rejected 1");
        List<String> rejects = rejects();
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).startsWith("people,").contains(",31,,encoding,key column 'NUM' holds bytes that are not valid UTF-8");
        assertThat(Files.readString(dir.resolve("out/latest/records.csv"))).doesNotContain("\uFFFD");
        assertThat(Files.readString(dir.resolve("out/latest/links.csv"))).doesNotContain("\uFFFD");
    }

    @Test
    void rejectsTheValuesOfADamagedCellInAUtf8FileAndKeepsTheRest() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 40; i++) {
            lines.add(i + ";Коваленко;Олена;ж;01.02.1980;MK" + (100000 + i) + ";примітка " + i);
        }
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\n30;") + 4;
        bytes[at + 1] = (byte) 0xFF; // the second byte of "К" in row 30's SURNAME

        Files.write(dir.resolve("people.csv"), bytes);

        CliRunner r = run();

        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).contains("read 40 rows, rejected 1");
        assertThat(rejects()).containsExactly("source,key,line,field,rule,message",
                "people,30,31,surname,encoding,column 'SURNAME' holds bytes that are not valid UTF-8 (read as U+FFFD);"
                        + " set the source's encoding: if the file is written in another one");
    }

    @Test
    void rejectsTheRecordOfAStrayQuoteNamingItsLines() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(asciiRows(1, 100));
        lines.set(10, lines.get(10).replace(";plain note", ";\"plain note"));
        lines.set(40, lines.get(40) + "\"");
        Files.write(dir.resolve("people.csv"), (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));

        CliRunner r = run();

        assertThat(r.err()).contains("read 100 rows, rejected 1");
        assertThat(rejects()).containsExactly("source,key,line,field,rule,message",
                "people,,11,,quoting,data row 10: a quoted cell runs from line 11 to line 41"
                + " and holds 30 lines with 6 or more ';' like whole records: a stray quote? (check the quotes on lines 11 and 41)"
                + " (read on from line 12)");
        // The rows the stray quote ran over are read after all: every key but row 10's is linked to a record.
        List<String> links = Files.readAllLines(dir.resolve("out/latest/links.csv"));
        assertThat(links).hasSize(100);
        assertThat(links).anySatisfy(link -> assertThat(link).startsWith("people,11,"))
                .anySatisfy(link -> assertThat(link).startsWith("people,40,"))
                .noneSatisfy(link -> assertThat(link).startsWith("people,10,"));
    }
}
