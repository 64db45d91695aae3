package io.unireg.run;

import io.unireg.dedupe.DedupePlan;
import io.unireg.job.FieldSpec;
import io.unireg.job.FromSpec;
import io.unireg.job.FunctionCall;
import io.unireg.job.Job;
import io.unireg.job.JobError;
import io.unireg.job.JobException;
import io.unireg.job.Location;
import io.unireg.job.OutputSpec;
import io.unireg.job.ReconcileSpec;
import io.unireg.reconcile.ReconcilePlan;
import io.unireg.job.SourceSpec;
import io.unireg.job.Suggestions;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.report.Reports;
import io.unireg.schema.SchemaCatalog;
import io.unireg.schema.SchemaException;
import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;
import io.unireg.sink.SinkFactories;
import io.unireg.source.ReadFailures;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed {@link Job} into a {@link Plan}, checking everything that needs the other
 * packages: the schema exists, every field is in it, every required field is mapped, every
 * function exists and accepts its argument, every source opens and has the columns named.
 */
public final class PlanCompiler {

    /** Files every run writes; a job's own outputs may not take their names. */
    private static final Set<String> RESERVED_OUTPUTS = Set.of(JobRunner.REJECTS, JobRunner.LINKS, JobRunner.MANIFEST,
            JobRunner.REVIEW_CSV, JobRunner.REVIEW_XLSX, Reports.HTML, Reports.JSON, Reports.XLSX,
            Reconciliation.RECONCILIATION, Reconciliation.STATE_UPDATES, Reconciliation.LOCAL_UPDATES);

    private final FunctionRegistry functions;
    private final SourceOpeners openers;
    private final SinkFactories sinks;

    public PlanCompiler(FunctionRegistry functions, SourceOpeners openers, SinkFactories sinks) {
        this.functions = functions;
        this.openers = openers;
        this.sinks = sinks;
    }

    public static PlanCompiler builtIn() {
        return new PlanCompiler(FunctionRegistry.builtIn(), SourceOpeners.builtIn(), SinkFactories.builtIn());
    }

    public Plan compile(Job job) throws JobException {
        List<JobError> errors = new ArrayList<>();
        TableSchema schema;
        try {
            schema = SchemaCatalog.load(job.target().schema(), job.baseDir());
        } catch (SchemaException e) {
            throw new JobException(job.target().location(), e.getMessage());
        }
        List<FieldPlan> fields = fields(job.fields(), job, Location.of(job.file().toString()), schema, "fields", errors);
        for (OutputSpec output : job.outputs()) {
            List<JobError> outputErrors = sinks.validate(output);
            errors.addAll(outputErrors);
            if (outputErrors.isEmpty() && RESERVED_OUTPUTS.contains(sinks.pathOf(output))) {
                errors.add(new JobError(output.location(), "output path '" + sinks.pathOf(output)
                        + "' is written by every run itself; choose another name"));
            }
        }
        List<SourcePlan> sources = new ArrayList<>();
        for (SourceSpec spec : job.sources()) {
            List<JobError> sourceErrors = openers.validate(spec);
            errors.addAll(sourceErrors);
            if (sourceErrors.isEmpty()) {
                SourcePlan plan = source(spec, job, fields, errors);
                if (plan != null) {
                    sources.add(plan);
                }
            }
        }
        DedupePlan dedupe = job.dedupes() ? DedupePlan.compile(job, schema, errors) : null;
        Plan.ReconcileSide reconcile = job.reconciles() ? reconcile(job, schema, fields, errors) : null;
        if (!errors.isEmpty()) {
            throw new JobException(errors);
        }
        return new Plan(job, schema, fields, List.copyOf(sources), job.outputs(), dedupe, reconcile);
    }

    /** The state side: its fields compiled like the local ones, the against source opened like any source, then the rules. */
    private Plan.ReconcileSide reconcile(Job job, TableSchema schema, List<FieldPlan> localFields, List<JobError> errors) {
        ReconcileSpec spec = job.reconcile();
        int before = errors.size();
        List<FieldPlan> fields = fields(spec.fields(), job, spec.location(), schema, "reconcile.fields", errors);
        SourcePlan against = null;
        List<JobError> sourceErrors = new ArrayList<>(openers.validate(spec.against()));
        if (sourceErrors.isEmpty() && openers.changeColumns(spec.against()).isPresent()) {
            // the extract is compared whole every run; reading only its changes would make every other record state_only
            sourceErrors.add(new JobError(spec.against().option("incremental").orElseThrow().location(),
                    "reconcile.against '" + spec.against().id() + "': incremental applies to the job's sources, not to the"
                            + " state extract (it is read whole every run)"));
        }
        errors.addAll(sourceErrors);
        if (sourceErrors.isEmpty()) {
            against = source(spec.against(), job, fields, errors);
        }
        Set<String> localMapped = new LinkedHashSet<>();
        localFields.stream().filter(FieldPlan::mapped).forEach(f -> localMapped.add(f.field().name()));
        Set<String> stateMapped = new LinkedHashSet<>();
        fields.stream().filter(FieldPlan::mapped).forEach(f -> stateMapped.add(f.field().name()));
        List<String> sourceIds = new ArrayList<>(job.sourceIds());
        sourceIds.add(spec.against().id());
        ReconcilePlan rules = ReconcilePlan.compile(spec.node(), spec.against().id(), schema.fieldNames(), localMapped,
                stateMapped, sourceIds, job.baseDir(), errors);
        return errors.size() > before || against == null || rules == null ? null
                : new Plan.ReconcileSide(against, fields, rules);
    }

    private List<FieldPlan> fields(List<FieldSpec> specs, Job job, Location missingAt, TableSchema schema, String section,
                                   List<JobError> errors) {
        Map<String, FieldSpec> byName = new HashMap<>();
        for (FieldSpec spec : specs) {
            if (schema.field(spec.name()).isEmpty()) {
                errors.add(new JobError(spec.location(), "field '" + spec.name() + "' is not in schema '"
                        + schema.name() + "'" + Suggestions.didYouMean(spec.name(), schema.fieldNames())));
            } else {
                byName.put(spec.name(), spec);
            }
        }
        List<FieldPlan> plans = new ArrayList<>();
        // Calls written the same way (name and arguments) share one normaliser: a reference table is
        // loaded once, and RowMapper can tell identical chain prefixes apart by identity.
        Map<List<Object>, Normaliser> configured = new HashMap<>();
        List<SchemaField> schemaFields = schema.fields();
        for (int i = 0; i < schemaFields.size(); i++) {
            SchemaField field = schemaFields.get(i);
            FieldSpec spec = byName.get(field.name());
            if (spec == null) {
                if (field.required()) {
                    errors.add(new JobError(missingAt, "required field '" + field.name()
                            + "' of schema '" + schema.name() + "' has no entry in '" + section + "'"));
                }
                plans.add(new FieldPlan(field, i, null, List.of()));
                continue;
            }
            if (spec.onError() == FieldSpec.OnError.NULL && field.required()) {
                errors.add(new JobError(spec.location(), "field '" + field.name()
                        + "' is required by the schema, so 'on_error: null' cannot apply to it"));
            }
            List<FieldPlan.Step> chain = new ArrayList<>();
            for (FunctionCall call : spec.normalize()) {
                FunctionSpec fn = functions.find(call.name()).orElse(null);
                if (fn == null) {
                    errors.add(new JobError(call.location(), "unknown function '" + call.name() + "'"
                            + Suggestions.didYouMean(call.name(), functions.names())
                            + "; 'unireg functions' lists them"));
                    continue;
                }
                List<Object> sameCall = Arrays.asList(call.name(), call.args());
                try {
                    Normaliser n = configured.get(sameCall);
                    if (n == null) {
                        n = fn.factory().create(new FunctionArgs(call.args(), job.baseDir()));
                        configured.put(sameCall, n);
                    }
                    chain.add(new FieldPlan.Step(call.name(), n));
                } catch (IllegalArgumentException e) {
                    // Functions reading their arguments through ArgReader name themselves already.
                    String message = String.valueOf(e.getMessage());
                    errors.add(new JobError(call.location(), message.startsWith(call.name() + ": ") ? message
                            : call.name() + ": " + message));
                }
            }
            if (spec.from() == null && chain.isEmpty()) {
                errors.add(new JobError(spec.location(), "field '" + field.name() + "' needs 'from' or a normalize chain that builds it"));
            }
            plans.add(new FieldPlan(field, i, spec, List.copyOf(chain)));
        }
        return List.copyOf(plans);
    }

    private SourcePlan source(SourceSpec spec, Job job, List<FieldPlan> fields, List<JobError> errors) {
        List<String> columns;
        Map<String, String> detected;
        try (RecordSource source = openers.open(spec)) {
            columns = source.columns();
            detected = source.detected();
        } catch (SourceException e) {
            errors.add(new JobError(spec.location(), e.getMessage()));
            return null;
        } catch (IOException e) {
            errors.add(JobError.unreadable(spec.location(), "source '" + spec.id() + "': cannot read "
                    + ReadFailures.describe(spec.path(), e)));
            return null;
        }
        if (columns.isEmpty()) {
            // Every named column would be reported missing, one line each; the cause is one thing.
            errors.add(new JobError(spec.location(), "source '" + spec.id() + "': " + (spec.path() == null ? spec.type() : spec.path())
                    + ": no columns: it holds no records to take their names from"));
            return null;
        }
        List<JobError> missing = new ArrayList<>();
        int[] found = {0};
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        String where = "source '" + spec.id() + "' (" + fileName(spec) + ", " + detected.getOrDefault("encoding", "?") + ")";
        int keyIndex = -1;
        if (spec.key() != null) {
            Integer k = index.get(spec.key());
            if (k == null) {
                missing.add(new JobError(spec.keyLocation(), "key column '" + spec.key() + "' is not in " + where
                        + Suggestions.didYouMean(spec.key(), columns)));
            } else {
                keyIndex = k;
                found[0]++;
            }
        }
        int[] fieldColumn = new int[fields.size()];
        Arrays.fill(fieldColumn, -1);
        for (FieldPlan field : fields) {
            if (!field.mapped()) {
                continue;
            }
            FromSpec from = field.spec().from();
            if (from != null) {
                from.columnFor(spec.id()).ifPresent(column -> {
                    Integer c = index.get(column.name());
                    if (c == null) {
                        missing.add(new JobError(column.location(), "field '" + field.field().name() + "': column '"
                                + column.name() + "' is not in " + where + Suggestions.didYouMean(column.name(), columns)));
                    } else {
                        fieldColumn[field.index()] = c;
                        found[0]++;
                    }
                });
            }
            Set<String> referenced = new LinkedHashSet<>();
            field.chain().forEach(step -> referenced.addAll(step.normaliser().columns()));
            for (String column : referenced) {
                if (!index.containsKey(column)) {
                    missing.add(new JobError(field.spec().location(), "field '" + field.field().name() + "': a function reads column '"
                            + column + "', which is not in " + where + Suggestions.didYouMean(column, columns)));
                } else {
                    found[0]++;
                }
            }
        }
        if (found[0] == 0 && missing.size() > 1) {
            // Not one name matches: the wrong file (or a garbled header), not a list of typos to fix one by one.
            errors.add(new JobError(spec.location(), where + ": none of the " + missing.size()
                    + " columns the job names is in its header, which has " + headerSample(columns)
                    + "; is it the right file, encoding and delimiter?"));
        } else {
            errors.addAll(missing);
        }
        return new SourcePlan(spec, columns, Map.copyOf(index), keyIndex, fieldColumn);
    }

    /** The first few header names, quoted and cut short, for a message of one line. */
    private static String headerSample(List<String> columns) {
        StringBuilder s = new StringBuilder(columns.size() + (columns.size() == 1 ? " column: " : " columns: "));
        for (int i = 0; i < Math.min(3, columns.size()); i++) {
            String name = columns.get(i).replaceAll("\\p{Cntrl}", "?");
            s.append(i == 0 ? "" : ", ").append('\'').append(name.length() > 20 ? name.substring(0, 19) + "…" : name).append('\'');
        }
        return s.append(columns.size() > 3 ? ", …" : "").toString();
    }

    private static String fileName(SourceSpec spec) {
        return spec.path() == null ? spec.type() : String.valueOf(spec.path().getFileName());
    }
}
