package io.unireg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
