package io.unireg.run;

import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.schema.RecordValidator;
import io.unireg.schema.TableSchema;
import io.unireg.schema.Violation;
import io.unireg.source.SourceItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps one source row onto the target schema: runs each field's chain, then validates the row.
 * Not thread-safe (the validator remembers unique values); one instance per run.
 */
public final class RowMapper {

    private final Plan plan;
    private final TableSchema schema;
    private final RecordValidator validator;
    private final boolean trace;

    public RowMapper(Plan plan, RecordValidator validator, boolean trace) {
        this.plan = plan;
        this.schema = plan.schema();
        this.validator = validator;
        this.trace = trace;
    }

    public MappedRow map(SourcePlan source, SourceItem.Row row) {
        String[] cells = row.cells();
        String key = source.keyIndex() >= 0 ? cells[source.keyIndex()] : Long.toString(row.rowNumber());
        RowContext context = name -> {
            Integer i = source.columnIndex().get(name);
            return i == null ? null : cells[i];
        };
        List<FieldPlan> fields = plan.fields();
        String[] values = new String[fields.size()];
        boolean[] failed = new boolean[fields.size()];
        List<Reject> rejects = null;
        List<List<String>> steps = trace ? new ArrayList<>() : null;
        boolean rejected = false;
        for (FieldPlan field : fields) {
            List<String> trail = trace ? new ArrayList<>() : null;
            if (trace) {
                steps.add(trail);
            }
            if (!field.mapped()) {
                continue;
            }
            int column = source.fieldColumn()[field.index()];
            String value = column >= 0 ? cells[column] : null;
            if (value != null && value.isEmpty()) {
                value = null;
            }
            for (FieldPlan.Step step : field.chain()) {
                Outcome outcome = step.normaliser().apply(value, context);
                if (outcome.rejected()) {
                    failed[field.index()] = true;
                    if (rejects == null) {
                        rejects = new ArrayList<>(2);
                    }
                    rejects.add(new Reject(source.id(), key, row.line(), field.field().name(), outcome.rule(),
                            outcome.message()));
                    rejected |= !field.nullOnError();
                    value = null;
                    if (trace) {
                        trail.add("✗ " + outcome.rule() + ": " + outcome.message());
                    }
                    break;
                }
                value = outcome.value();
                if (trace) {
                    trail.add(value);
                }
            }
            values[field.index()] = value != null && schema.isMissing(value) ? null : value;
        }
        for (Violation v : validator.validate(values)) {
            int index = schema.indexOf(v.field());
            if (index >= 0 && failed[index]) {
                continue; // already reported by the function that failed
            }
            if (rejects == null) {
                rejects = new ArrayList<>(2);
            }
            FieldPlan field = index >= 0 ? fields.get(index) : null;
            boolean keep = field != null && field.nullOnError();
            rejects.add(new Reject(source.id(), key, row.line(), v.field(), v.rule(), v.message()));
            if (keep) {
                values[index] = null;
            } else {
                rejected = true;
            }
            if (trace && index >= 0) {
                steps.get(index).add("✗ " + v.rule() + ": " + v.message());
            }
        }
        if (rejects != null && !rejected) {
            // Only now is it known that the row survives: say so on each value it lost.
            rejects.replaceAll(r -> new Reject(r.source(), r.key(), r.line(), r.field(), r.rule(),
                    r.message() + " (value dropped, row kept: on_error null)"));
        }
        return new MappedRow(source.id(), key, row.line(), values, rejected,
                rejects == null ? List.of() : rejects, steps);
    }
}
