package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports a run writes, {@code unireg report} re-rendering them, and {@code unireg diff}. */
class ReportCommandTest {

    private static final Path JOB = Path.of("../mapping-rules/kharkiv-residents.yaml");

    @TempDir
    static Path dir;
    static Path full;
    static Path limited;
    static JsonNode manifest;

    @BeforeAll
    static void runTheSampleJobTwice() throws IOException {
        full = dir.resolve("full");
        limited = dir.resolve("limited");
        assertThat(CliRunner.run("run", JOB.toString(), "--out", full.toString(), "-q").exitCode()).isZero();
        assertThat(CliRunner.run("run", JOB.toString(), "--out", limited.toString(), "--limit", "1000", "--lang", "en", "-q")
                .exitCode()).isZero();
        manifest = new ObjectMapper().readTree(full.resolve("latest").resolve("manifest.json").toFile());
    }

    @Test
    void everyRunWritesTheThreeReportsAndTheManifestListsThem() throws Exception {
        for (String name : List.of("report.json", "report.html", "report.xlsx")) {
            JsonNode listed = null;
            for (JsonNode out : manifest.path("outputs")) {
                if (out.path("path").asText().equals(name)) {
                    listed = out;
                }
            }
            assertThat(listed).as(name + " in the manifest").isNotNull();
            assertThat(listed.path("sha256").asText()).isEqualTo(sha256(full.resolve("latest").resolve(name)));
        }
        JsonNode report = new ObjectMapper().readTree(full.resolve("latest").resolve("report.json").toFile());
        assertThat(report.path("summary").path("rows_read").asLong()).isEqualTo(manifest.path("counts").path("rows_read").asLong());
        assertThat(report.path("summary").path("rows_rejected").asLong()).isEqualTo(manifest.path("counts").path("rows_rejected").asLong());
        assertThat(report.path("summary").path("golden_records").asLong()).isEqualTo(manifest.path("counts").path("records_written").asLong());
        assertThat(report.path("summary").path("reject_rows").asLong()).isEqualTo(Files.readAllLines(full.resolve("latest").resolve("rejects.csv")).size() - 1);
        // the sample job deduplicates: the report says so exactly when the manifest has the run's dedupe figures
        assertThat(report.path("dedupe").path("ran").asBoolean()).isEqualTo(manifest.path("dedupe").isObject());
        assertThat(report.path("dedupe").path("ran").asBoolean()).isTrue();
        // …and reconciles against the state extract: the report's statuses are the manifest's
        assertThat(report.path("reconciliation").path("ran").asBoolean()).isTrue();
        manifest.path("reconcile").path("statuses").fields().forEachRemaining(e -> assertThat(
                report.path("reconciliation").path("statuses").path(e.getKey()).asLong()).as(e.getKey()).isEqualTo(e.getValue().asLong()));
        assertThat(Files.readString(full.resolve("latest").resolve("report.html"))).contains("<html lang=\"uk\">");
        assertThat(Files.readString(limited.resolve("latest").resolve("report.html"))).contains("<html lang=\"en\">");
    }

    @Test
    void reportReRendersFromTheRunFilesAlone() throws Exception {
        Path out = dir.resolve("rerendered");
        CliRunner r = CliRunner.run("report", full.toString(), "--lang", "en", "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote report.json, report.html, report.xlsx to " + out);
        // The same figures from the same files: byte for byte what the run wrote.
        assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(Files.readAllBytes(full.resolve("latest").resolve("report.json")));
        assertThat(Files.readString(out.resolve("report.html"))).contains("<html lang=\"en\">").contains("Rejected values");
    }

    @Test
    void reportWarnsWhenARunFileChangedAfterTheRun() throws IOException {
        Path copy = dir.resolve("edited");
        Files.createDirectories(copy);
        for (String name : List.of("manifest.json", "links.csv", "rejects.csv")) {
            Files.copy(full.resolve("latest").resolve(name), copy.resolve(name));
        }
        List<String> rejects = Files.readAllLines(copy.resolve("rejects.csv"));
        Files.write(copy.resolve("rejects.csv"), rejects.subList(0, rejects.size() - 4));

        CliRunner r = CliRunner.run("report", copy.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("warning: " + copy.resolve("rejects.csv") + " has " + (rejects.size() - 5)
                + " rows, the manifest recorded " + (rejects.size() - 1) + ": it changed after the run");
        assertThat(r.err()).doesNotContain("links.csv has");
    }

    @Test
    void reportRefusesAFolderThatIsNotARunAndAnUnknownLanguage() throws IOException {
        CliRunner notRun = CliRunner.run("report", dir.toString());
        assertThat(notRun.exitCode()).isEqualTo(2);
        assertThat(notRun.err().strip()).isEqualTo("unireg: report: " + dir + ": no manifest.json (not the output folder of a finished run)");

        CliRunner lang = CliRunner.run("report", full.toString(), "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang").contains("[uk, en]");
    }

    @Test
    void diffShowsEachFigureOfBothRunsAndTheChange() {
        CliRunner r = CliRunner.run("diff", limited.toString(), full.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("summary\\.rows_read\\s+1000\\s+3000\\s+\\+2000")
                .containsPattern("gate\\.max_reject_rate\\.passed\\s+true\\s+true\\s*\\n")
                .contains("A: " + limited).contains("B: " + full);
    }

    @Test
    void diffJsonAndChangedOnly() throws Exception {
        CliRunner same = CliRunner.run("diff", full.toString(), full.toString(), "--changed");
        assertThat(same.out()).contains("(no figure differs)");

        CliRunner r = CliRunner.run("diff", limited.toString(), full.toString(), "--json", "--changed");
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode rowsRead = null;
        for (JsonNode f : json.path("figures")) {
            assertThat(f.path("figure").asText()).isNotEqualTo("summary.inputs");
            if (f.path("figure").asText().equals("summary.rows_read")) {
                rowsRead = f;
            }
        }
        assertThat(rowsRead).isNotNull();
        assertThat(rowsRead.path("a").asLong()).isEqualTo(1000);
        assertThat(rowsRead.path("b").asLong()).isEqualTo(3000);
        assertThat(rowsRead.path("change").asLong()).isEqualTo(2000);
        assertThat(json.path("b").path("job").asText()).isEqualTo("kharkiv-residents");
    }

    @Test
    void diffRefusesAFolderThatIsNotARun() {
        CliRunner r = CliRunner.run("diff", full.toString(), dir.resolve("nothing").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nothing: no manifest.json");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
