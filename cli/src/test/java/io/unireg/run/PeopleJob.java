package io.unireg.run;

import io.unireg.job.JobLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small job over a generated people.csv ({@code N;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;АДРЕСА}) mapping the
 * required fields of eddr-person, with more fields where a test needs them, compiled to a plan.
 */
final class PeopleJob {

    static final String HEADER = "N;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;АДРЕСА";

    private PeopleJob() {
    }

    /** Writes people.csv (the header, then {@code rows}) and job.yaml into {@code dir}; the job's plan. */
    static Plan plan(Path dir, List<String> rows, String moreFields) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String row : rows) {
            csv.append('\n').append(row);
        }
        Files.writeString(dir.resolve("people.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: people.csv, key: N}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim]}
                  given_name: {from: ІМЯ, normalize: [trim]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
                %s
                outputs:
                  - {type: csv}
                """.formatted(moreFields), StandardCharsets.UTF_8);
        return PlanCompiler.builtIn().compile(new JobLoader(Map.of()).load(dir.resolve("job.yaml")));
    }
}
