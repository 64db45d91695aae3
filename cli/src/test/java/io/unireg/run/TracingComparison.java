package io.unireg.run;

import io.unireg.schema.RecordValidator;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import io.unireg.source.SourceOpeners;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference for the pipeline's shortcuts (shared chain prefixes, the chain memo): the tracing
 * mapper runs every step of every chain. Maps the plan's first source with both, row by row.
 */
final class TracingComparison {

    private TracingComparison() {
    }

    /** Asserts every row maps alike — values, rejects, verdict — and returns the rejects, in order. */
    static List<Reject> mapsLikeTracing(Plan plan) throws Exception {
        SourcePlan source = plan.sources().get(0);
        RowMapper fast = new RowMapper(plan, RecordValidator.of(plan.schema()), false);
        RowMapper tracing = new RowMapper(plan, RecordValidator.of(plan.schema()), true);
        List<Reject> rejects = new ArrayList<>();
        try (RecordSource in = SourceOpeners.builtIn().open(source.spec())) {
            SourceItem item;
            while ((item = in.next()) != null) {
                SourceItem.Row row = (SourceItem.Row) item;
                MappedRow a = fast.map(source, row);
                MappedRow b = tracing.map(source, row);
                assertThat(a.values()).as("row %d", row.rowNumber()).containsExactly(b.values());
                assertThat(a.rejects()).as("row %d", row.rowNumber()).containsExactlyElementsOf(b.rejects());
                assertThat(a.rejected()).as("row %d", row.rowNumber()).isEqualTo(b.rejected());
                rejects.addAll(a.rejects());
            }
        }
        return rejects;
    }
}
