package io.unireg.run;

import io.unireg.job.JobLoader;
import io.unireg.schema.RecordValidator;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import io.unireg.source.SourceOpeners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value a chain leaves as one of the schema's {@code missingValues} is missing (null) in the record:
 * the empty string by default, and the schema's list when it names its own (an empty result is missing
 * either way: the steps make it so).
 */
class RowMapperMissingTest {

    @TempDir
    Path dir;

    private List<String[]> values(String missingValues) throws Exception {
        Files.writeString(dir.resolve("s.json"), """
                {"name": "s", %s "fields": [
                 {"name": "id", "type": "string"},
                 {"name": "note", "type": "string"}]}
                """.formatted(missingValues));
        Files.writeString(dir.resolve("in.csv"), "id,note\n1,-\n2,x\n3,N/A\n4,blank\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: missing
                sources:
                  - {id: s, type: csv, path: in.csv, key: id, delimiter: ','}
                target: {schema: s.json}
                fields:
                  id: {from: id}
                  note: {from: note, normalize: [{map: {table: {blank: ''}}}]}
                outputs:
                  - {type: csv}
                """);
        Plan plan = PlanCompiler.builtIn().compile(new JobLoader(Map.of()).load(dir.resolve("job.yaml")));
        RowMapper mapper = new RowMapper(plan, RecordValidator.of(plan.schema()), false);
        SourcePlan source = plan.sources().get(0);
        List<String[]> out = new ArrayList<>();
        try (RecordSource reader = SourceOpeners.builtIn().open(source.spec())) {
            SourceItem item;
            while ((item = reader.next()) != null) {
                out.add(mapper.normalise(source, (SourceItem.Row) item).values());
            }
        }
        return out;
    }

    @Test
    void byDefaultOnlyTheEmptyStringIsMissing() throws Exception {
        assertThat(values("")).extracting(v -> v[1]).containsExactly("-", "x", "N/A", null);
    }

    @Test
    void aSchemaOfItsOwnMissingValuesHasExactlyThose() throws Exception {
        assertThat(values("\"missingValues\": [\"-\", \"N/A\"],")).extracting(v -> v[1]).containsExactly(null, "x", null, null); // an empty result is missing whatever the list
    }
}
