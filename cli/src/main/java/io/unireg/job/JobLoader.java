package io.unireg.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a job file into a {@link Job}: YAML syntax, the shape of every section, unknown keys with
 * suggestions, {@code ${VAR}} interpolation, and paths resolved against the job file's folder.
 * Every problem is collected; a {@link JobException} carries them all.
 */
public final class JobLoader {

    static final Set<String> TOP_KEYS = Set.of("unireg", "job", "description", "sources", "target", "fields",
            "outputs", "quality", "dedupe", "reconcile");
    /** Sections later versions of unireg add; named so the error says why they are refused today. */
    private static final Set<String> NOT_YET = Set.of();
    static final Set<String> SOURCE_KEYS = Set.of("id", "type", "path", "encoding", "delimiter", "key");
    static final Set<String> TARGET_KEYS = Set.of("schema");
    static final Set<String> FIELD_KEYS = Set.of("from", "normalize", "on_error", "description");
    static final Set<String> OUTPUT_KEYS = Set.of("type", "path");
    static final Set<String> QUALITY_KEYS = Set.of("max_reject_rate", "max_rejects", "min_records",
            "advance_state_on_gate_failure");
    private static final Pattern JOB_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final Map<String, String> env;

    public JobLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static JobLoader withSystemEnv() {
        return new JobLoader(System.getenv());
    }

    public Job load(Path file) throws JobException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JobException(Location.of(name), "no such job file");
        } catch (IOException e) {
            throw new JobException(Location.of(name), "cannot read the job file: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new JobException(Location.of(name), "a job file must be UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Path baseDir = file.toAbsolutePath().normalize().getParent();
        return parse(text, name, baseDir, file, sha256(bytes));
    }

    /** Parses job text; {@code baseDir} resolves relative paths. Visible for tests. */
    Job parse(String text, String fileName, Path baseDir, Path file, String sha256) throws JobException {
        List<JobError> errors = new ArrayList<>();
        NodeReader read = new NodeReader(errors);
        Interpolator vars = new Interpolator(env);
        YamlNode root = new YamlReader(fileName, vars, errors).read(text);
        if (root == null) {
            throw new JobException(errors);
        }
        YamlNode.Mapping top = read.mapping(root, "a job file");
        if (top == null) {
            throw new JobException(errors);
        }
        for (YamlNode.Entry entry : top.entries().values()) {
            if (NOT_YET.contains(entry.key())) {
                read.error(entry.keyLocation(), "'" + entry.key() + "' is not supported by this version of unireg");
            }
        }
        List<String> allowedTop = new ArrayList<>(TOP_KEYS);
        allowedTop.addAll(NOT_YET);
        read.rejectUnknownKeys(top, allowedTop, "the job file");

        int version = version(top, read);
        String jobName = read.required(top, "job", "a job file");
        if (jobName != null && !JOB_NAME.matcher(jobName).matches()) {
            read.error(top.get("job").location(), "job name '" + jobName
                    + "' must be lower-case letters, digits, '-', '_' or '.' (it names folders)");
        }
        String description = read.text(top.get("description"), "description");
        List<SourceSpec> sources = sources(top, read, baseDir, vars);
        TargetSpec target = target(top, read);
        List<FieldSpec> fields = fields(top, read, sources);
        List<OutputSpec> outputs = outputs(top, read);
        QualitySpec quality = quality(top, read);
        // The match engine reads the section's keys (run.PlanCompiler hands it over): the job package
        // only checks its shape, so it needs to know nothing about matching.
        YamlNode.Mapping dedupe = top.get("dedupe") == null ? null : read.mapping(top.get("dedupe"), "dedupe");
        ReconcileSpec reconcile = reconcile(top, read, baseDir, vars, sources);

        if (!errors.isEmpty()) {
            throw new JobException(errors);
        }
        return new Job(version, jobName, description, file, baseDir, sha256, sources, target, fields, outputs, quality, dedupe,
                reconcile);
    }

    private static int version(YamlNode.Mapping top, NodeReader read) {
        String v = read.required(top, "unireg", "a job file (the format version, 'unireg: 1')");
        if (v != null && !v.trim().equals("1")) {
            read.error(top.get("unireg").location(), "unsupported job format version '" + v + "' (this unireg reads 1)");
        }
        return 1;
    }

    private static List<SourceSpec> sources(YamlNode.Mapping top, NodeReader read, Path baseDir, Interpolator vars) {
        YamlNode node = top.get("sources");
        if (node == null) {
            read.error(top.location(), "a job file needs 'sources' (at least one)");
            return List.of();
        }
        YamlNode.Sequence list = read.sequence(node, "sources");
        if (list == null) {
            return List.of();
        }
        if (list.items().isEmpty()) {
            read.error(list.location(), "sources must list at least one source");
        }
        List<SourceSpec> sources = new ArrayList<>();
        Map<String, Location> seen = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            YamlNode.Mapping m = read.mapping(item, "a source");
            if (m != null) {
                SourceSpec spec = source(m, read, baseDir, vars, seen, "a source");
                if (spec != null) {
                    sources.add(spec);
                }
            }
        }
        return List.copyOf(sources);
    }

    /** One source declaration (an entry of {@code sources:}, or {@code reconcile.against}); ids must be unique in {@code seen}. */
    private static SourceSpec source(YamlNode.Mapping m, NodeReader read, Path baseDir, Interpolator vars,
                                     Map<String, Location> seen, String what) {
        String id = read.required(m, "id", what);
        String type = read.required(m, "type", "source '" + (id == null ? "?" : id) + "'");
        if (id != null && !ID.matcher(id).matches()) {
            read.error(m.get("id").location(), "source id '" + id + "' must start with a letter and hold only letters, digits, '-' or '_'");
        } else if (id != null && seen.containsKey(id)) {
            read.error(m.get("id").location(), "source id '" + id + "' is used twice (first at line " + seen.get(id).line() + ")");
        }
        if (id != null) {
            seen.putIfAbsent(id, m.get("id").location());
        }
        String path = read.text(m.get("path"), "path");
        if (path != null && path.isBlank() && !vars.failedAt(m.get("path").location())) {
            // Resolved, an empty path is the job's own folder, which later checks would call "no such file".
            List<String> empty = vars.emptyVariablesAt(m.get("path").location());
            read.error(m.get("path").location(), "source '" + (id == null ? "?" : id) + "': path is empty"
                    + (empty.isEmpty() ? "" : " (environment variable " + String.join(", ", empty) + " is set to the empty string)"));
        }
        String encoding = read.text(m.get("encoding"), "encoding");
        String delimiter = read.text(m.get("delimiter"), "delimiter");
        String key = read.text(m.get("key"), "key");
        Map<String, YamlNode> options = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> {
            if (!SOURCE_KEYS.contains(k)) {
                options.put(k, e.value());
            }
        });
        Path resolved = path == null ? null : baseDir.resolve(path).normalize();
        Location keyLocation = m.get("key") == null ? m.location() : m.get("key").location();
        if (id == null || type == null) {
            return null;
        }
        return new SourceSpec(id, type, m.location(), resolved, encoding == null ? "auto" : encoding,
                delimiter == null ? "auto" : delimiter, key, keyLocation, Map.copyOf(options));
    }

    /**
     * The {@code reconcile:} section: its own shape, the {@code against} source (its id may not repeat a
     * local source's) and the state side's {@code fields}. The other keys are the reconcile stage's to read.
     */
    private static ReconcileSpec reconcile(YamlNode.Mapping top, NodeReader read, Path baseDir, Interpolator vars,
                                           List<SourceSpec> sources) {
        YamlNode node = top.get("reconcile");
        if (node == null) {
            return null;
        }
        YamlNode.Mapping m = read.mapping(node, "reconcile");
        if (m == null) {
            return null;
        }
        read.rejectUnknownKeys(m, ReconcileSpec.KEYS, "reconcile");
        SourceSpec against = null;
        YamlNode againstNode = m.get("against");
        if (againstNode == null) {
            read.error(m.location(), "reconcile needs 'against': the state extract, declared like an entry of 'sources'");
        } else {
            YamlNode.Mapping a = read.mapping(againstNode, "reconcile.against");
            if (a != null) {
                against = source(a, read, baseDir, vars, new LinkedHashMap<>(), "reconcile.against");
                for (SourceSpec local : sources) {
                    if (against != null && local.id().equals(against.id())) {
                        read.error(a.get("id").location(), "reconcile.against: id '" + against.id() + "' is already a local source's (line "
                                + local.location().line() + "); the state extract needs its own id (its rejects and lineage name it)");
                        break;
                    }
                }
            }
        }
        List<FieldSpec> fields = List.of();
        if (m.get("fields") == null) {
            read.error(m.location(), "reconcile needs 'fields': the state extract's columns mapped into the target schema");
        } else if (against != null) {
            fields = fieldEntries(m.get("fields"), read, Set.of(against.id()), "reconcile.fields");
        }
        return against == null ? null : new ReconcileSpec(m.location(), against, fields, m);
    }

    private static TargetSpec target(YamlNode.Mapping top, NodeReader read) {
        YamlNode node = top.get("target");
        if (node == null) {
            read.error(top.location(), "a job file needs 'target' with the state schema (e.g. 'target: {schema: eddr-person}')");
            return null;
        }
        YamlNode.Mapping m = read.mapping(node, "target");
        if (m == null) {
            return null;
        }
        read.rejectUnknownKeys(m, TARGET_KEYS, "target");
        String schema = read.required(m, "schema", "target");
        return schema == null ? null : new TargetSpec(schema, m.get("schema").location());
    }

    private static List<FieldSpec> fields(YamlNode.Mapping top, NodeReader read, List<SourceSpec> sources) {
        YamlNode node = top.get("fields");
        if (node == null) {
            read.error(top.location(), "a job file needs 'fields': target field → source column and normalising functions");
            return List.of();
        }
        Set<String> sourceIds = new java.util.LinkedHashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        return fieldEntries(node, read, sourceIds, "fields");
    }

    /** Entries of a {@code fields:} mapping (the top-level one or {@code reconcile.fields}). */
    private static List<FieldSpec> fieldEntries(YamlNode node, NodeReader read, Set<String> sourceIds, String section) {
        YamlNode.Mapping m = read.mapping(node, section);
        if (m == null) {
            return List.of();
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (YamlNode.Entry entry : m.entries().values()) {
            String where = ("fields".equals(section) ? "" : section + ": ") + "field '" + entry.key() + "'";
            YamlNode value = entry.value();
            if (value instanceof YamlNode.Scalar s && !s.isNull()) {
                // Shorthand: `surname: ПРІЗВИЩЕ` means `surname: {from: ПРІЗВИЩЕ}`.
                fields.add(new FieldSpec(entry.key(), entry.keyLocation(),
                        new FromSpec(s.text(), Map.of(), s.location()), List.of(), FieldSpec.OnError.REJECT));
                continue;
            }
            YamlNode.Mapping f = read.mapping(value, where);
            if (f == null) {
                continue;
            }
            read.rejectUnknownKeys(f, FIELD_KEYS, where);
            FromSpec from = from(f.get("from"), read, sourceIds, where);
            List<FunctionCall> chain = chain(f.get("normalize"), read, where);
            FieldSpec.OnError onError = FieldSpec.OnError.REJECT;
            YamlNode onErrorNode = f.get("on_error");
            if (onErrorNode instanceof YamlNode.Scalar s && (s.isNull() || "null".equals(s.text()))) {
                onError = FieldSpec.OnError.NULL;
            } else if (onErrorNode != null) {
                String v = read.oneOf(onErrorNode, "on_error", Set.of("reject", "null"));
                if ("null".equals(v)) {
                    onError = FieldSpec.OnError.NULL;
                }
            }
            fields.add(new FieldSpec(entry.key(), entry.keyLocation(), from, chain, onError));
        }
        return List.copyOf(fields);
    }

    private static FromSpec from(YamlNode node, NodeReader read, Set<String> sourceIds, String where) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Mapping m) {
            Map<String, FromSpec.Column> perSource = new LinkedHashMap<>();
            for (YamlNode.Entry e : m.entries().values()) {
                if (!sourceIds.contains(e.key())) {
                    read.error(e.keyLocation(), where + ": unknown source id '" + e.key() + "'"
                            + Suggestions.didYouMean(e.key(), sourceIds));
                    continue;
                }
                String column = read.text(e.value(), "a column name");
                if (column != null) {
                    perSource.put(e.key(), new FromSpec.Column(column, e.value().location()));
                }
            }
            return new FromSpec(null, Map.copyOf(perSource), m.location());
        }
        String column = read.text(node, where + ": from");
        return column == null ? null : new FromSpec(column, Map.of(), node.location());
    }

    private static List<FunctionCall> chain(YamlNode node, NodeReader read, String where) {
        if (node == null) {
            return List.of();
        }
        List<YamlNode> steps = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        List<FunctionCall> calls = new ArrayList<>();
        for (YamlNode step : steps) {
            if (step instanceof YamlNode.Scalar s && !s.isNull()) {
                calls.add(new FunctionCall(s.text().trim(), NullNode.getInstance(), s.location()));
            } else if (step instanceof YamlNode.Mapping m && m.entries().size() == 1) {
                YamlNode.Entry e = m.entries().values().iterator().next();
                JsonNode args = e.value().toJson();
                calls.add(new FunctionCall(e.key(), args, e.keyLocation()));
            } else {
                read.error(step.location(), where + ": a normalize step is a function name or {function: argument}, found "
                        + step.kind() + (step instanceof YamlNode.Mapping ? " with " + ((YamlNode.Mapping) step).entries().size() + " keys" : ""));
            }
        }
        return List.copyOf(calls);
    }

    private static List<OutputSpec> outputs(YamlNode.Mapping top, NodeReader read) {
        YamlNode node = top.get("outputs");
        if (node == null) {
            return List.of(new OutputSpec("csv", "records.csv", top.location(), Map.of()));
        }
        YamlNode.Sequence list = read.sequence(node, "outputs");
        if (list == null) {
            return List.of();
        }
        List<OutputSpec> outputs = new ArrayList<>();
        Map<String, Location> paths = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            YamlNode.Mapping m = read.mapping(item, "an output");
            if (m == null) {
                continue;
            }
            String type = read.required(m, "type", "an output");
            String path = read.text(m.get("path"), "path");
            if (path != null) {
                Path p = Path.of(path).normalize();
                if (p.isAbsolute() || p.startsWith("..")) {
                    read.error(m.get("path").location(), "output path '" + path + "' must stay inside the run's output folder (use --out to move the folder)");
                } else if (paths.containsKey(p.toString())) {
                    read.error(m.get("path").location(), "output path '" + path + "' is written twice (first at line " + paths.get(p.toString()).line() + ")");
                } else {
                    paths.put(p.toString(), m.get("path").location());
                }
            }
            Map<String, YamlNode> options = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> {
                if (!OUTPUT_KEYS.contains(k)) {
                    options.put(k, e.value());
                }
            });
            if (type != null) {
                outputs.add(new OutputSpec(type, path, m.location(), Map.copyOf(options)));
            }
        }
        return List.copyOf(outputs);
    }

    private static QualitySpec quality(YamlNode.Mapping top, NodeReader read) {
        YamlNode node = top.get("quality");
        if (node == null) {
            return QualitySpec.NONE;
        }
        YamlNode.Mapping m = read.mapping(node, "quality");
        if (m == null) {
            return QualitySpec.NONE;
        }
        read.rejectUnknownKeys(m, QUALITY_KEYS, "quality");
        return new QualitySpec(read.fraction(m.get("max_reject_rate"), "max_reject_rate"),
                read.count(m.get("max_rejects"), "max_rejects"),
                read.count(m.get("min_records"), "min_records"),
                Boolean.TRUE.equals(read.bool(m.get("advance_state_on_gate_failure"), "advance_state_on_gate_failure")));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
