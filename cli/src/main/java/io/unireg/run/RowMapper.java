package io.unireg.run;

import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.schema.RecordValidator;
import io.unireg.schema.TableSchema;
import io.unireg.schema.Violation;
import io.unireg.source.SourceItem;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one source row onto the target schema in two stages: {@link #normalise} runs each field's
 * chain and the schema checks that need no other row (pure, so it runs on the normalising threads),
 * {@link #validate} adds the cross-row ones (stateful: the validator remembers unique values, so rows
 * pass it one at a time, in order).
 */
public final class RowMapper {

    /** A row after its chains ran, before validation. */
    public record Normalised(String source, String key, long line, String[] values, boolean[] failed,
                             List<Reject> rejects, boolean rejected, List<List<String>> steps,
                             RecordValidator.Checked checked) {
    }

    private final Plan plan;
    private final TableSchema schema;
    private final RecordValidator validator;
    private final boolean trace;
    /**
     * Whether the schema's only missing value is the default, the empty string: then a value is missing
     * when it is empty, without a look through the list for each of a row's values.
     */
    private final boolean onlyEmptyIsMissing;
    /**
     * What a source's rows share: its chain prefixes. Worked out once per source. (Chains are not
     * remembered by value: a memo per field cost more than it saved — a hash and a read of strings
     * made long before for every value, and its entries kept alive into the old generation; the
     * generic benchmark job ran faster without it in 4 of 4 rounds, docs/benchmarks.md 2026-12-04.)
     */
    private record SourceMapping(SourcePlan source, ChainSharing sharing) {
        static SourceMapping of(List<FieldPlan> fields, SourcePlan source) {
            return new SourceMapping(source, ChainSharing.of(fields, source.fieldColumn()));
        }
    }

    /** Read-only after construction, so the normalising threads share it; by identity: a record's hash is costly. */
    private final Map<SourcePlan, SourceMapping> bySource = new IdentityHashMap<>();
    /** The last source mapped: rows come a source at a time, and a map lookup per row showed in profiles. */
    private volatile SourceMapping last;

    public RowMapper(Plan plan, RecordValidator validator, boolean trace) {
        this.plan = plan;
        this.schema = plan.schema();
        this.validator = validator;
        this.trace = trace;
        this.onlyEmptyIsMissing = schema.missingValues().equals(List.of(""));
        for (SourcePlan source : plan.sources()) {
            bySource.put(source, SourceMapping.of(plan.fields(), source));
        }
    }

    /** The plan's mapping of this source (worked out afresh for a source from elsewhere). */
    private SourceMapping mapping(SourcePlan source) {
        SourceMapping known = last;
        if (known == null || known.source() != source) {
            known = bySource.get(source);
            if (known == null) {
                known = SourceMapping.of(plan.fields(), source);
            }
            last = known;
        }
        return known;
    }

    public MappedRow map(SourcePlan source, SourceItem.Row row) {
        return validate(normalise(source, row));
    }

    /** A row's key: its key column's cell, or its row number when the source names no key column. */
    static String key(SourcePlan source, SourceItem.Row row) {
        return source.keyIndex() >= 0 ? row.cells()[source.keyIndex()] : Long.toString(row.rowNumber());
    }

    /**
     * Runs every mapped field's chain. Thread-safe: normalisers are immutable. A field reading a cell
     * that holds bytes the source's charset could not decode is rejected (rule {@code encoding}) without
     * running its chain: a U+FFFD where a letter was would otherwise pass as data.
     */
    public Normalised normalise(SourcePlan source, SourceItem.Row row) {
        String[] cells = row.cells();
        SourceItem.Undecoded undecoded = row.undecoded();
        String key = key(source, row);
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
        if (undecoded != null && undecoded.holds(source.keyIndex())) {
            // The key makes the row's id and locates it in links and rejects: garbled, it would name another row.
            rejects = new ArrayList<>(2);
            rejects.add(new Reject(source.id(), key, row.line(), "", "encoding", "key column '"
                    + source.columns().get(source.keyIndex()) + "' holds bytes that are not valid " + undecoded.encoding()
                    + " (read as U+FFFD): the row cannot be identified; set the source's encoding: if the file is written in another one"));
            rejected = true;
        }
        SourceMapping mapping = trace ? null : mapping(source);
        ChainSharing sharing = trace ? null : mapping.sharing();
        Outcome[] saved = sharing == null || sharing.slots() == 0 ? null : new Outcome[sharing.slots()];
        for (FieldPlan field : fields) {
            List<String> trail = trace ? new ArrayList<>() : null;
            if (trace) {
                steps.add(trail);
            }
            if (!field.mapped()) {
                continue;
            }
            int f = field.index();
            int column = source.fieldColumn()[f];
            String value = column >= 0 ? cells[column] : null;
            if (value != null && value.isEmpty()) {
                value = null;
            }
            List<FieldPlan.Step> chain = field.chain();
            int[] save = saved == null ? null : sharing.save()[f];
            int s = 0;
            Outcome failure = undecoded == null ? null : undecodable(source, field, column, undecoded);
            if (failure == null && saved != null && sharing.from()[f] >= 0) {
                Outcome shared = saved[sharing.from()[f]];
                s = sharing.skip()[f];
                if (shared.rejected()) {
                    failure = shared;
                } else {
                    value = shared.value();
                }
            }
            for (; failure == null && s < chain.size(); s++) {
                Outcome outcome = chain.get(s).normaliser().apply(value, context);
                if (outcome.rejected()) {
                    failure = outcome;
                    break;
                }
                value = outcome.value();
                if (trace) {
                    trail.add(value);
                }
                if (save != null && save[s + 1] >= 0) {
                    saved[save[s + 1]] = outcome;
                }
            }
            if (failure != null) {
                if (save != null) {
                    // Later fields resuming after the step that failed fail the same way.
                    for (int k = s + 1; k < save.length; k++) {
                        if (save[k] >= 0) {
                            saved[save[k]] = failure;
                        }
                    }
                }
                failed[f] = true;
                if (rejects == null) {
                    rejects = new ArrayList<>(2);
                }
                rejects.add(new Reject(source.id(), key, row.line(), field.field().name(), failure.rule(),
                        failure.message()));
                rejected |= !field.nullOnError();
                value = null;
                if (trace) {
                    trail.add("✗ " + failure.rule() + ": " + failure.message());
                }
            }
            values[f] = value != null && (onlyEmptyIsMissing ? value.isEmpty() : schema.isMissing(value)) ? null : value;
        }
        // The schema checks that need no other row run here too, on the values this thread just made.
        return new Normalised(source.id(), key, row.line(), values, failed, rejects, rejected, steps,
                validator.check(values));
    }

    /**
     * The rejection of a field that reads, from its column or in a step, a cell holding bytes the
     * charset could not decode; {@code null} when every cell it reads decoded.
     */
    private static Outcome undecodable(SourcePlan source, FieldPlan field, int column, SourceItem.Undecoded undecoded) {
        int damaged = undecoded.holds(column) ? column : -1;
        for (int s = 0; damaged < 0 && s < field.chain().size(); s++) {
            for (String name : field.chain().get(s).normaliser().columns()) {
                Integer i = source.columnIndex().get(name);
                if (i != null && undecoded.holds(i)) {
                    damaged = i;
                    break;
                }
            }
        }
        if (damaged < 0) {
            return null;
        }
        return Outcome.reject("encoding", "column '" + source.columns().get(damaged) + "' holds bytes that are not valid "
                + undecoded.encoding() + " (read as U+FFFD); set the source's encoding: if the file is written in another one");
    }

    /** Validates a normalised row against the schema; rows must arrive in source order. */
    public MappedRow validate(Normalised row) {
        List<FieldPlan> fields = plan.fields();
        String[] values = row.values();
        List<Reject> rejects = row.rejects();
        boolean rejected = row.rejected();
        for (Violation v : validator.complete(values, row.checked())) {
            int index = schema.indexOf(v.field());
            if (index >= 0 && row.failed()[index]) {
                continue; // already reported by the function that failed
            }
            if (rejects == null) {
                rejects = new ArrayList<>(2);
            }
            FieldPlan field = index >= 0 ? fields.get(index) : null;
            rejects.add(new Reject(row.source(), row.key(), row.line(), v.field(), v.rule(), v.message()));
            if (field != null && field.nullOnError()) {
                values[index] = null;
            } else {
                rejected = true;
            }
            if (row.steps() != null && index >= 0) {
                row.steps().get(index).add("✗ " + v.rule() + ": " + v.message());
            }
        }
        if (rejects != null && !rejected) {
            // Only now is it known that the row survives: say so on each value it lost.
            rejects.replaceAll(r -> new Reject(r.source(), r.key(), r.line(), r.field(), r.rule(),
                    r.message() + " (value dropped, row kept: on_error null)"));
        }
        return new MappedRow(row.source(), row.key(), row.line(), values, rejected,
                rejects == null ? List.of() : rejects, row.steps());
    }
}
