package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --log-format}, {@code --log-file}, {@code --quiet}: the summary line a scheduler greps, the
 * JSON summary's stable keys, and no personal data of the sample (RNOKPP, surname, document number)
 * in any line on stdout, stderr or in the log file — in every log mode, for a good run and a failed one.
 */
class RunLoggingTest {

    private static final Path JOB = Path.of("../mapping-rules/kharkiv-residents.yaml");
    private static final Path SAMPLE = Path.of("../samples/kharkiv/residents.csv");
    private static final Path TRUTH = Path.of("../samples/kharkiv/residents.truth.csv");
    /** Every RNOKPP, surname and document number of the sample (the ground truth's and the raw file's). */
    private static final Set<String> PII = new LinkedHashSet<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void personalData() throws IOException {
        try (Reader in = Files.newBufferedReader(TRUTH, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : csv) {
                for (String column : List.of("rnokpp", "surname", "document_number")) {
                    String value = r.get(column).strip();
                    if (value.length() >= 4) {
                        PII.add(value);
                    }
                }
            }
        }
        assertThat(PII).hasSizeGreaterThan(3000);
    }

    private static void assertNoPersonalData(String what, String text) {
        List<String> found = new ArrayList<>();
        for (String value : PII) {
            if (text.contains(value)) {
                found.add(value);
            }
        }
        assertThat(found).as("personal data in %s:%n%s", what, text).isEmpty();
    }

    private static CliRunner run(String name, String... options) {
        List<String> args = new ArrayList<>(List.of("run", JOB.toString(), "--out", dir.resolve(name).toString(),
                "--state", dir.resolve("state-" + name).toString()));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void textLogGoesToStderrAndTheFileAndEndsWithTheSummaryLine() throws IOException {
        Path log = dir.resolve("logs/text.log");
        CliRunner r = run("text", "--log-format", "text", "--log-file", log.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.err().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("unireg: kharkiv-residents: ok — read 3000 rows, rejected \\d+ .* records to "
                + "\\S+/text/runs/\\d{8}T\\d{6}Z in .*");
        List<String> file = Files.readAllLines(log);
        assertThat(file.get(file.size() - 1)).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z \\Q" + lines.get(lines.size() - 1) + "\\E");
        assertNoPersonalData("stdout", r.out());
        assertNoPersonalData("stderr", r.err());
        assertNoPersonalData("log file", Files.readString(log));
    }

    @Test
    void jsonLogIsOneObjectPerLineAndTheLastIsTheSummaryWithStableKeys() throws IOException {
        Path log = dir.resolve("json.log");
        CliRunner r = run("json", "--log-format", "json", "--log-file", log.toString(), "--quiet");

        assertThat(r.exitCode()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = r.err().strip().lines().toList();
        for (String line : lines) {
            assertThat(json.readTree(line).isObject()).as(line).isTrue();
        }
        JsonNode summary = json.readTree(lines.get(lines.size() - 1));
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly(RunLog.SUMMARY_KEYS);
        assertThat(summary.path("event").asText()).isEqualTo("summary");
        assertThat(summary.path("status").asText()).isEqualTo("ok");
        assertThat(summary.path("exit_code").asInt()).isZero();
        assertThat(summary.path("rows_read").asLong()).isEqualTo(3000);
        assertThat(summary.path("run_dir").asText()).contains("/json/runs/");
        assertThat(Files.readAllLines(log)).isEqualTo(lines);
        assertNoPersonalData("stdout", r.out());
        assertNoPersonalData("stderr", r.err());
    }

    @Test
    void aFailedRunLogsNoPersonalDataEitherInAnyFormat() throws IOException {
        // The sample with its last row 101 times over, text after a closing quote in each: more broken quotes
        // than a run reads on after, so the reader fails after thousands of rows.
        Charset cp1251 = Charset.forName("windows-1251");
        String sample = Files.readString(SAMPLE, cp1251);
        String lastRow = sample.strip().lines().reduce((a, b) -> b).orElseThrow();
        Path broken = dir.resolve("broken.csv");
        String brokenRow = lastRow.replaceFirst(";([^;]*);", ";\"$1\"x;") + "\r\n";
        Files.writeString(broken, sample + brokenRow.repeat(101), cp1251);
        Path job = dir.resolve("broken.yaml");
        Files.writeString(job, Files.readString(JOB).replace("${UNIREG_RESIDENTS:-../samples/kharkiv/residents.csv}", broken.toString())
                .replace(" reference/", " " + JOB.toAbsolutePath().getParent().resolve("reference") + "/")
                .replace(":-../samples/", ":-" + JOB.toAbsolutePath().getParent().resolveSibling("samples") + "/"));
        for (String format : List.of("text", "json")) {
            Path log = dir.resolve("broken-" + format + ".log");
            CliRunner r = CliRunner.run("run", job.toString(), "--out", dir.resolve("broken-" + format).toString(),
                    "--state", dir.resolve("state-broken").toString(), "--log-format", format, "--log-file", log.toString());

            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            String last = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
            if (format.equals("text")) {
                assertThat(last).startsWith("unireg: kharkiv-residents: failed: ");
            } else {
                JsonNode summary = new ObjectMapper().readTree(last);
                assertThat(summary.path("status").asText()).isEqualTo("failed");
                assertThat(summary.path("exit_code").asInt()).isEqualTo(1);
            }
            assertNoPersonalData("stderr (" + format + ")", r.err());
            assertNoPersonalData("log file (" + format + ")", Files.readString(log));
        }
    }

    @Test
    void quietLeavesOnlyTheSummaryOnStderrAndTheFileGetsEverything() throws IOException {
        Path log = dir.resolve("quiet.log");
        CliRunner r = run("quiet", "--quiet", "--log-file", log.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().strip().lines()).singleElement().asString().startsWith("unireg: kharkiv-residents: ok — ");
        assertThat(Files.readString(log)).contains("unireg: kharkiv-residents: ok — ");
        assertNoPersonalData("log file", Files.readString(log));
    }

    @Test
    void anUnopenableLogFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRunner r = run("nolog", "--log-file", file.resolve("sub.log").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("unireg: --log-file ");
    }
}
