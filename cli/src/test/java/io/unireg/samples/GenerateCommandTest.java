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

    @Test
    void stateBenchmarkDataHasTheAskedSizesAndOneStateRecordPerIdentifier() throws IOException {
        Path out = dir.resolve("bench");
        assertThat(new CommandLine(new GenerateCommand()).execute("--kind", "state", "--local-rows", "3000", "--rows", "6000",
                "--seed", "7", "--out", out.toString())).isZero();

        java.util.List<String> local = Files.readAllLines(out.resolve("local.csv"), StandardCharsets.UTF_8);
        java.util.List<String> state = Files.readAllLines(out.resolve("eddr-extract.csv"), StandardCharsets.UTF_8);
        assertThat(local).hasSize(3001);
        assertThat(state).hasSize(6001);
        // RNOKPP (column 3) and document (series + number, columns 11–12) are unique in the extract: every key
        // match is one person. Birth places are always "м. Харків", so no quoted commas shift the columns.
        java.util.List<String[]> rows = state.subList(1, state.size()).stream().map(l -> l.split(",", -1)).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(StateRecord.HEADER.size()));
        assertThat(rows.stream().map(r -> r[2]).filter(v -> !v.isEmpty()).toList()).doesNotHaveDuplicates();
        assertThat(rows.stream().map(r -> r[10] + r[11]).toList()).doesNotHaveDuplicates();
        // Most residents are in the state extract, under their own RNOKPP.
        java.util.Set<String> stateRnokpp = new java.util.HashSet<>();
        rows.forEach(r -> stateRnokpp.add(r[2]));
        long found = local.subList(1, local.size()).stream().map(l -> l.split(",", -1)[6])
                .filter(v -> !v.isEmpty() && stateRnokpp.contains(v)).count();
        assertThat(found).isBetween(2300L, 2700L);
    }

    @Test
    void stateBenchmarkDataRefusesFewerStateRecordsThanResidents() {
        assertThat(new CommandLine(new GenerateCommand()).execute("--kind", "state", "--local-rows", "100", "--rows", "50",
                "--out", dir.resolve("b").toString())).isEqualTo(2);
    }
}
