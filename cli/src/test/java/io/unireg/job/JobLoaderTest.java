package io.unireg.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JobLoaderTest {

    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = JobLoaderTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> errorsOf(String name) throws IOException {
        Path job = dir.resolve(name);
        Files.writeString(job, resource(name));
        JobException e = catchThrowableOfType(JobException.class, () -> new JobLoader(Map.of()).load(job));
        assertThat(e).as("loading %s must fail", name).isNotNull();
        return e.errors().stream().map(err -> err.toString().replace(dir.toString() + "/", "")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key", "missing-env", "shapes"})
    void reportsEveryProblemWithItsLocationAsTheGoldenFileSays(String name) throws IOException {
        List<String> expected = resource(name + ".expected").lines().toList();
        assertThat(errorsOf(name + ".yaml")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void reportsBadYamlWithLineAndColumn() throws IOException {
        List<String> errors = errorsOf("bad-yaml.yaml");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).matches("bad-yaml\\.yaml:\\d+:\\d+: invalid YAML: .+");
    }

    @Test
    void readsAFullJobIntoRecordsWithPathsRelativeToTheJobFile() throws Exception {
        Path job = dir.resolve("jobs/demo.yaml");
        Files.createDirectories(job.getParent());
        Files.writeString(job, """
                unireg: 1
                job: demo
                description: Demo
                sources:
                  - id: residents
                    type: csv
                    path: ${DATA:-../data}/people.csv
                    encoding: windows-1251
                    key: НОМЕР
                    header: true
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, {split_name: surname}]}
                  given_name: ІМЯ
                  birth_date:
                    from: {residents: ДАТА}
                    normalize: [{date: [dd.MM.yyyy, d.M.yy]}]
                    on_error: null
                outputs:
                  - {type: ndjson}
                quality: {max_reject_rate: 0.05, max_rejects: 10, min_records: 1}
                """);
        Job parsed = new JobLoader(Map.of()).load(job);
        assertThat(parsed.name()).isEqualTo("demo");
        SourceSpec source = parsed.sources().get(0);
        assertThat(source.path()).isEqualTo(dir.resolve("data/people.csv").toAbsolutePath().normalize());
        assertThat(source.encoding()).isEqualTo("windows-1251");
        assertThat(source.delimiter()).isEqualTo("auto");
        assertThat(source.key()).isEqualTo("НОМЕР");
        assertThat(source.options()).containsOnlyKeys("header");
        assertThat(parsed.fields()).extracting(FieldSpec::name).containsExactly("surname", "given_name", "birth_date");
        FieldSpec surname = parsed.fields().get(0);
        assertThat(surname.normalize()).extracting(FunctionCall::name).containsExactly("trim", "split_name");
        assertThat(surname.normalize().get(1).args().asText()).isEqualTo("surname");
        assertThat(parsed.fields().get(1).from().anySource()).isEqualTo("ІМЯ");
        FieldSpec birth = parsed.fields().get(2);
        assertThat(birth.from().columnFor("residents")).map(FromSpec.Column::name).contains("ДАТА");
        assertThat(birth.onError()).isEqualTo(FieldSpec.OnError.NULL);
        assertThat(birth.normalize().get(0).args().size()).isEqualTo(2);
        assertThat(parsed.outputs()).extracting(OutputSpec::type).containsExactly("ndjson");
        assertThat(parsed.quality()).isEqualTo(new QualitySpec(0.05, 10L, 1L));
        assertThat(parsed.sha256()).hasSize(64);
    }

    /** A minimal job whose sources: list holds {@code sources} (one YAML flow mapping a line). */
    private Path sourcesJob(String name, String... sources) throws IOException {
        Path job = dir.resolve(name);
        StringBuilder list = new StringBuilder();
        for (String source : sources) {
            list.append("  - ").append(source).append('\n');
        }
        Files.writeString(job, "unireg: 1\njob: demo\nsources:\n" + list + "target: {schema: eddr-person}\nfields: {surname: Ф}\n");
        return job;
    }

    @Test
    void readsVariablesFromTheEnvironment() throws Exception {
        Path job = sourcesJob("env.yaml", "{id: a, type: csv, path: \"${DIR}/x.csv\"}");
        Job parsed = new JobLoader(Map.of("DIR", "/data/in")).load(job);
        assertThat(parsed.sources().get(0).path()).isEqualTo(Path.of("/data/in/x.csv"));
    }

    @Test
    void anEmptySourcePathIsRefusedNamingTheEmptyVariable() throws Exception {
        // Resolved against the job's folder, an empty path used to surface later as "no such file <folder>".
        Path job = sourcesJob("empty.yaml", "{id: a, type: csv, path: \"${IN}\"}", "{id: b, type: csv, path: \"\"}");
        JobException e = catchThrowableOfType(JobException.class, () -> new JobLoader(Map.of("IN", "")).load(job));

        assertThat(e.errors()).extracting(JobError::message).containsExactly(
                "source 'a': path is empty (environment variable IN is set to the empty string)",
                "source 'b': path is empty");
    }

    /** As in the shell, ${VAR:-fallback} falls back when VAR is set but empty, not only when it is unset. */
    @Test
    void aFallbackServesAnEmptyVariableToo() throws Exception {
        Path job = sourcesJob("fallback.yaml", "{id: a, type: csv, path: \"${IN:-people.csv}\"}");
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("IN", ""))) {
            assertThat(new JobLoader(env).load(job).sources().get(0).path()).as("%s", env)
                    .isEqualTo(dir.resolve("people.csv").toAbsolutePath().normalize());
        }
        assertThat(new JobLoader(Map.of("IN", "other.csv")).load(job).sources().get(0).path())
                .isEqualTo(dir.resolve("other.csv").toAbsolutePath().normalize());
    }

    /** An unset variable is one problem, said once: not also "path is empty" for the value it left. */
    @Test
    void anUnsetVariableInAPathIsOneError() throws Exception {
        Path job = sourcesJob("unset.yaml", "{id: a, type: csv, path: \"${IN}\"}");
        JobException e = catchThrowableOfType(JobException.class, () -> new JobLoader(Map.of()).load(job));

        assertThat(e.errors()).extracting(JobError::message).containsExactly(
                "environment variable IN is not set (referenced as ${IN})");
    }

    @Test
    void defaultsToOneCsvOutputWhenNoneIsNamed() throws Exception {
        Path job = dir.resolve("d.yaml");
        Files.writeString(job, "unireg: 1\njob: d\nsources: [{id: a, type: csv, path: x.csv}]\ntarget: {schema: s}\nfields: {a: b}\n");
        Job parsed = new JobLoader(Map.of()).load(job);
        assertThat(parsed.outputs()).singleElement().satisfies(o -> {
            assertThat(o.type()).isEqualTo("csv");
            assertThat(o.path()).isEqualTo("records.csv");
        });
        assertThat(parsed.quality()).isEqualTo(QualitySpec.NONE);
    }

    @Test
    void refusesAMissingJobFileInOneLine() {
        assertThatThrownBy(() -> new JobLoader(Map.of()).load(dir.resolve("nope.yaml")))
                .isInstanceOf(JobException.class)
                .hasMessageEndingWith("nope.yaml: no such job file");
    }

    @Test
    void refusesANonUtf8JobFile() throws IOException {
        Path job = dir.resolve("cp1251.yaml");
        Files.write(job, "job: Харків\n".getBytes("windows-1251"));
        assertThatThrownBy(() -> new JobLoader(Map.of()).load(job))
                .hasMessageEndingWith("a job file must be UTF-8 text");
    }
}
