package io.unireg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A job's source file that is not a usable file: one line naming it and why, the same in check, run and preview. */
class SourceFileErrorsTest {

    @TempDir
    Path dir;

    private Path job(String path) throws IOException {
        return Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: "%s", key: НОМЕР}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim]}
                  given_name: {from: ІМЯ, normalize: [trim]}
                  sex: {from: СТАТЬ, normalize: [trim]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
                """.formatted(path));
    }

    private CliRunner check(Path job) {
        return CliRunner.run("check", job.toString());
    }

    @Test
    void aDirectoryIsNamedAsADirectoryNotAsMissing() throws IOException {
        Files.createDirectory(dir.resolve("people.csv"));

        CliRunner r = check(job("people.csv"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("csv source 'people': " + dir.resolve("people.csv") + ": is a directory, not a file")
                .doesNotContain("no such file");
    }

    @Test
    void aDeviceIsNotARegularFile() throws IOException {
        CliRunner r = check(job("/dev/zero"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("csv source 'people': /dev/zero: is not a regular file");
    }

    @Test
    void anEmptyPathSaysSoInsteadOfNamingTheJobFolder() throws IOException {
        CliRunner r = check(job(""));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("source 'people': path is empty").doesNotContain("no such file");
    }

    @Test
    void aFileWithNoHeaderRowIsOneLineInCheckRunAndPreview() throws IOException {
        Map<String, byte[]> empties = Map.of("zero bytes", new byte[0], "a BOM alone", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "blank lines", "\r\n\n  \n".getBytes());
        for (Map.Entry<String, byte[]> empty : empties.entrySet()) {
            Path file = Files.write(dir.resolve("people.csv"), empty.getValue());
            Path job = job("people.csv");
            for (List<String> command : List.of(List.of("check"), List.of("preview"),
                    List.of("run", "--out", dir.resolve("out").toString(), "--no-state", "-q"))) {
                List<String> args = new java.util.ArrayList<>(List.of(command.get(0), job.toString()));
                args.addAll(command.subList(1, command.size()));
                CliRunner r = CliRunner.run(args.toArray(String[]::new));

                assertThat(r.exitCode()).as(empty.getKey() + " " + command).isEqualTo(2);
                assertThat(r.err().strip().lines()).as(empty.getKey() + " " + command).containsExactly(
                        job + ":4:5: " + file + ": the file is empty: no header row", "unireg: 1 problem in " + job);
            }
        }
    }

    @Test
    void aHeaderWithNoneOfTheNamedColumnsIsOneLineNotOnePerColumn() throws IOException {
        // What a binary file or the wrong export read as CSV looks like: a header, but not this job's.
        Files.writeString(dir.resolve("people.csv"), "\u0001PK\u0003;junk\nx;y\n");

        CliRunner r = check(job("people.csv"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(2).first().asString()
                .contains("source 'people' (people.csv, ")
                .contains("none of the 5 columns the job names is in its header, which has 2 columns: '?PK?', 'junk'");
    }

    private CliRunner command(String name, Path job) {
        return name.equals("run")
                ? CliRunner.run("run", job.toString(), "--out", dir.resolve("out").toString(), "--no-state", "-q")
                : CliRunner.run(name, job.toString());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aSourceThatCannotBeReadExitsOneWithTheReasonInCheckRunAndPreview() throws IOException {
        // A regular file whose first read fails even for root (the test may run as root, where chmod 000 reads fine).
        Path job = job("/proc/self/mem");
        for (String name : List.of("check", "preview", "run")) {
            CliRunner r = command(name, job);

            assertThat(r.exitCode()).as(name + ": " + r.err()).isEqualTo(1);
            assertThat(r.err().strip().lines()).as(name).first().asString()
                    .isEqualTo(job + ":4:5: source 'people': cannot read /proc/self/mem: Input/output error");
        }
    }

    @Test
    void aSourceWithoutReadPermissionSaysPermissionDeniedAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"), "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР\n1;А;Б;ч;01.01.2000\n");
        assumeFalse(file.toFile().setReadable(false, false) && Files.isReadable(file), "root reads every file");
        Path job = job("people.csv");
        for (String name : List.of("check", "preview", "run")) {
            CliRunner r = command(name, job);

            assertThat(r.exitCode()).as(name).isEqualTo(1);
            assertThat(r.err()).as(name).contains("source 'people': cannot read " + file + ": permission denied");
        }
    }

    @Test
    void previewOfAHeaderOnlyFileSaysThereAreNoRows() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"), "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР\r\n\r\n  \r\n");

        CliRunner r = CliRunner.run("preview", job("people.csv").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("no rows to preview: source 'people' (" + file + ") has no data rows");
    }

    @Test
    void previewShowsBrokenQuotingAsARejectedLineAndReadsOn() throws IOException {
        Files.writeString(dir.resolve("people.csv"),
                "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР\n1;А;Б;ч;01.01.2000\n2;\"В;Г;ж;02.02.2002\n3;Д;Е;ж;03.03.2003\n");

        CliRunner r = CliRunner.run("preview", job("people.csv").toString(), "-n", "30");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("── people line 3 ── REJECTED: quoting: unterminated quoted field: a quote opened in the record"
                + " starting here is never closed (read on from line 4)\n")
                .contains("── people line 4, key 3 ──");
    }
}
