package io.unireg.run;

import io.unireg.job.FieldSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.schema.SchemaField;

import java.util.List;

/**
 * A target field compiled for running: its place in the schema, the job's entry for it
 * ({@code null} when the job leaves it empty) and the configured normalising steps.
 */
public record FieldPlan(SchemaField field, int index, FieldSpec spec, List<Step> chain) {

    /** A configured function with the name it was written as, for rejects and preview. */
    public record Step(String name, Normaliser normaliser) {
    }

    public boolean mapped() {
        return spec != null;
    }

    /** An invalid value becomes missing instead of rejecting the row ({@code on_error: null}). */
    public boolean nullOnError() {
        return spec != null && spec.onError() == FieldSpec.OnError.NULL;
    }
}
