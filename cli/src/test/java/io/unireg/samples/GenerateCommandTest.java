package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.unireg.cli.GenerateCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesExportAndTruthBesideIt() throws IOException {
        Path out = dir.resolve("r.csv");
        int code = new CommandLine(new GenerateCommand()).execute("residents", "--rows", "50", "--encoding", "utf-8",
                "--rate", "bad_rnokpp=1", "--rate", "address_multiline=0", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).startsWith("НОМЕР_ЗАПИСУ;");
        assertThat(Files.readAllLines(dir.resolve("r.truth.csv"), StandardCharsets.UTF_8))
                .hasSize(51)
                .filteredOn(l -> !l.startsWith("key,") && !l.contains("rnokpp_empty"))
                .allSatisfy(l -> assertThat(l).contains("bad_rnokpp").endsWith(",reject,rnokpp"));
    }

    @Test
    void refusesUnknownKindsDefectsAndEncodingsWithUsageExitCode() {
        Path out = dir.resolve("x.csv");
        assertThat(new CommandLine(new GenerateCommand()).execute("companies", "--out", out.toString())).isEqualTo(2);
        assertThat(new CommandLine(new GenerateCommand())
                .execute("residents", "--rate", "typo=0.1", "--out", out.toString())).isEqualTo(2);
        assertThat(new CommandLine(new GenerateCommand())
                .execute("residents", "--encoding", "koi8-u", "--out", out.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void housingAndSocialDescribeThePeopleOfAResidentsTruth() throws IOException {
        Path residents = dir.resolve("residents.csv");
        assertThat(new CommandLine(new GenerateCommand()).execute("residents", "--rows", "200", "--out", residents.toString())).isZero();

        assertThat(new CommandLine(new GenerateCommand()).execute("housing", "--share", "1", "--out", dir.resolve("housing.dbf").toString())).isZero();
        assertThat(new CommandLine(new GenerateCommand()).execute("social", "--share", "1", "--out", dir.resolve("social.json").toString())).isZero();

        assertThat(dir.resolve("housing.fpt")).exists();
        java.util.Set<String> people = new java.util.HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("residents.truth.csv")).subList(1, 201)) {
            people.add(line.split(",")[1]);
        }
        for (String truth : new String[] {"housing.truth.csv", "social.truth.csv"}) {
            java.util.List<String> lines = Files.readAllLines(dir.resolve(truth));
            assertThat(lines).as(truth).hasSizeGreaterThan(150);
            assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(people).contains(l.split(",")[1]));
        }
    }
}
