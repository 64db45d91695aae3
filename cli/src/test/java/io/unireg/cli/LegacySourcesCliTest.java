package io.unireg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unireg profile} and {@code unireg check} on the JSON, NDJSON and DBF sources. */
class LegacySourcesCliTest {

    private static final Path HOUSING = Path.of("../samples/kharkiv/housing.dbf");
    private static final Path SOCIAL = Path.of("../samples/kharkiv/social.json");

    @TempDir
    Path dir;

    @Test
    void profilesADbfByItsExtensionWithCodePageMemoAndDeletedRows() throws Exception {
        long deleted = Files.readAllLines(Path.of("../samples/kharkiv/housing.truth.csv")).stream()
            .filter(l -> l.endsWith(",true,skip")).count();

        CliRunner run = CliRunner.run("profile", HOUSING.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Encoding:  IBM866 (header language driver 0x65")
            .contains("memo file: housing.fpt")
            .contains("skipped:   " + deleted + " deleted rows")
            .contains("PRIZV").contains("PRYMITKA").doesNotContain("Delimiter");
    }

    @Test
    void profilesJsonRecordsUnderAPointer() {
        CliRunner run = CliRunner.run("profile", SOCIAL.toString(), "--records", "/data/recipients", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"/person/name/last\"").contains("/data/recipients");
    }

    @Test
    void profilingJsonWithoutThePointerSaysWhereTheArraysAre() {
        CliRunner run = CliRunner.run("profile", SOCIAL.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("social.json:1: the top level is an object, expected an array of records")
            .contains("arrays in it: /data/recipients");
    }

    @Test
    void profilesNdjsonAndJsonl() throws Exception {
        for (String name : new String[] {"people.ndjson", "people.jsonl"}) {
            Path file = dir.resolve(name);
            Files.writeString(file, "{\"ПІБ\": \"Ґудзь Євген\", \"вік\": 41}\n{oops}\n{\"ПІБ\": \"Їжакевич Ірина\"}\n", StandardCharsets.UTF_8);

            CliRunner run = CliRunner.run("profile", file.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("/ПІБ").contains("2 read, 1 bad").contains(name + ":2:2: malformed JSON");
        }
    }

    private Path job(String source, String fields) throws Exception {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, "unireg: 1\njob: t\nsources:\n" + source + "target:\n  schema: "
            + Path.of("../mapping-rules/schemas/eddr-person.json").toAbsolutePath() + "\nfields:\n" + fields);
        return file;
    }

    private static final String NAMES = "  surname: /person/name/last\n  given_name: /person/name/first\n"
        + "  sex: {from: /person/sex, normalize: [{map: {table: {male: M, female: F}}}]}\n  birth_date: /person/birthDate\n"
        + "  rnokpp: /person/ipn\n";

    @Test
    void checkSuggestsTheRecordsKey() throws Exception {
        Path file = job("  - {id: social, type: json, path: " + SOCIAL.toAbsolutePath() + ", record: /data/recipients}\n", NAMES);

        CliRunner run = CliRunner.run("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'record' in json source 'social' (did you mean 'records'?)");
    }

    @Test
    void checkSuggestsTheNearestJsonPointer() throws Exception {
        Path file = job("  - {id: social, type: json, path: " + SOCIAL.toAbsolutePath() + ", records: /data/recipients}\n",
            NAMES.replace("/person/name/first", "/person/name/frist") + "  patronymic: person/name/middle\n");

        CliRunner run = CliRunner.run("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("column '/person/name/frist' is not in source 'social' (social.json, UTF-8) (did you mean '/person/name/first'?)")
            .contains("column 'person/name/middle' is not in source 'social' (social.json, UTF-8) (did you mean '/person/name/middle'?)");
    }

    @Test
    void checkRefusesARecordsValueThatIsNotAPointer() throws Exception {
        Path file = job("  - {id: social, type: json, path: " + SOCIAL.toAbsolutePath() + ", records: data/recipients}\n", NAMES);

        CliRunner run = CliRunner.run("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("records must be a JSON Pointer starting with '/'");
    }

    @Test
    void checkAcceptsTheSampleJobs() {
        for (String name : new String[] {"kharkiv-housing", "kharkiv-social"}) {
            CliRunner run = CliRunner.run("check", "../mapping-rules/" + name + ".yaml");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    @Test
    void checkKnowsTheDbfSourceTakesNoSheet() throws Exception {
        Path file = job("  - {id: housing, type: dbf, path: " + HOUSING.toAbsolutePath() + ", encodng: cp866}\n",
            "  surname: PRIZV\n  given_name: IMIA\n  sex: STAT\n  birth_date: DATA_NAR\n  rnokpp: IPN\n");

        CliRunner run = CliRunner.run("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'encodng' in dbf source 'housing' (did you mean 'encoding'?)");
    }

    @Test
    void checkRefusesADelimiterOnANonCsvSource() throws Exception {
        Path file = job("  - {id: social, type: json, path: " + SOCIAL.toAbsolutePath() + ", records: /data/recipients, delimiter: ';'}\n", NAMES);

        CliRunner run = CliRunner.run("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("json source 'social': delimiter applies to csv sources only");
    }
}
