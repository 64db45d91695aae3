package io.unireg.run;

import io.unireg.dedupe.DedupePlan;
import io.unireg.job.Job;
import io.unireg.job.OutputSpec;
import io.unireg.reconcile.ReconcilePlan;
import io.unireg.schema.TableSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * A job compiled once into what the pipeline needs per row: the schema, every target field's chain
 * and every source's column mapping. Compiling is where names are checked, so a plan that exists
 * can run.
 */
public record Plan(Job job, TableSchema schema, List<FieldPlan> fields, List<SourcePlan> sources,
                   List<OutputSpec> outputs, DedupePlan dedupe, ReconcileSide reconcile) {

    /**
     * The {@code reconcile:} section compiled: the state extract as a source, its own field chains, and
     * the stage's rules.
     */
    public record ReconcileSide(SourcePlan against, List<FieldPlan> fields, ReconcilePlan rules) {
    }

    public boolean reconciles() {
        return reconcile != null;
    }

    /** The state extract as a plan of its own: the same pipeline reads, normalises and validates it. */
    Plan stateSide() {
        return new Plan(job, schema, reconcile.fields(), List.of(reconcile.against()), List.of(), null, null);
    }

    /** Whether records are matched and merged into golden records (the job has a {@code dedupe:} section). */
    public boolean dedupes() {
        return dedupe != null;
    }

    /** Columns of {@code records.*}: the schema's fields, then identity and lineage. */
    public List<String> recordColumns() {
        List<String> columns = new ArrayList<>(schema.fieldNames());
        columns.addAll(List.of("unireg_id", "cluster_id", "sources"));
        return columns;
    }

    public static final List<String> REJECT_COLUMNS = List.of("source", "key", "line", "field", "rule", "message");
    public static final List<String> LINK_COLUMNS = List.of("source", "key", "cluster_id", "match_probability");
}
