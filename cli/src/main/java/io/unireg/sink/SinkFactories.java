package io.unireg.sink;

import io.unireg.job.JobError;
import io.unireg.job.OutputSpec;
import io.unireg.job.Suggestions;
import io.unireg.sink.jdbc.JdbcSinkFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The output types a job may name. Adding a type is one entry in {@link #builtIn()}; nothing else
 * switches on type names.
 */
public final class SinkFactories {

    public interface Factory {
        /** What the output is called when the job gives no path: a file name, or a description. */
        String defaultPath();

        /** Keys this type accepts besides {@code type} and {@code path}. */
        Set<String> extraKeys();

        /** Checks the declaration's option values without opening anything. */
        default List<JobError> validate(OutputSpec spec) {
            return List.of();
        }

        /** {@code true} when the output is a file in the run folder (staged, hashed, moved into place). */
        default boolean writesFile() {
            return true;
        }

        /** Per declaration, for types that write a file only in some configurations (an embedded database). */
        default boolean writesFile(OutputSpec spec) {
            return writesFile();
        }

        /** The output's name in the manifest and in messages. */
        default String pathOf(OutputSpec spec) {
            return spec.path() != null ? spec.path() : defaultPath();
        }

        RecordSink open(SinkContext context) throws IOException;
    }

    /** A plain file output: opened in the staging folder with the run's columns. */
    private record FileFactory(String defaultPath, Set<String> extraKeys, Opener opener) implements Factory {
        interface Opener {
            RecordSink open(Path file, SinkContext context) throws IOException;
        }

        @Override
        public List<JobError> validate(OutputSpec spec) {
            return extraKeys.contains(FormulaGuard.KEY) ? FormulaGuard.validate(spec) : List.of();
        }

        @Override
        public RecordSink open(SinkContext context) throws IOException {
            return opener.open(stagedFile(context, defaultPath), context);
        }
    }

    private final Map<String, Factory> factories;

    private SinkFactories(Map<String, Factory> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static SinkFactories builtIn() {
        Map<String, Factory> m = new TreeMap<>();
        m.put("csv", new FileFactory("records.csv", Set.of(FormulaGuard.KEY),
                (file, c) -> new CsvSink(file, c.columns(), FormulaGuard.enabled(c.spec()))));
        m.put("ndjson", new FileFactory("records.ndjson", Set.of(), (file, c) -> new NdjsonSink(file, c.columns())));
        m.put("xlsx", new XlsxSink.Factory());
        m.put("jdbc", new JdbcSinkFactory());
        return new SinkFactories(m);
    }

    /** The file a file output writes in the staging folder, its folders created. */
    public static Path stagedFile(SinkContext context, String defaultPath) throws IOException {
        String path = context.spec().path() != null ? context.spec().path() : defaultPath;
        Path file = context.stagingDir().resolve(path);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        return file;
    }

    public Set<String> types() {
        return new TreeSet<>(factories.keySet());
    }

    public List<JobError> validate(OutputSpec spec) {
        Factory f = factories.get(spec.type());
        if (f == null) {
            return List.of(new JobError(spec.location(), "output type '" + spec.type() + "' is not supported; supported: "
                    + String.join(", ", types()) + Suggestions.didYouMean(spec.type(), factories.keySet())));
        }
        List<JobError> errors = new ArrayList<>();
        spec.options().forEach((key, node) -> {
            if (!f.extraKeys().contains(key)) {
                List<String> known = new ArrayList<>(List.of("type", "path"));
                known.addAll(f.extraKeys());
                errors.add(new JobError(node.location(), "unknown key '" + key + "' in " + spec.type() + " output"
                        + Suggestions.didYouMean(key, known)));
            }
        });
        errors.addAll(f.validate(spec));
        return errors;
    }

    /** The output's name in the manifest: a file relative to the run folder, or what the type describes. */
    public String pathOf(OutputSpec spec) {
        return factories.get(spec.type()).pathOf(spec);
    }

    public boolean writesFile(OutputSpec spec) {
        return factories.get(spec.type()).writesFile(spec);
    }

    public RecordSink open(SinkContext context) throws IOException {
        return factories.get(context.spec().type()).open(context);
    }
}
