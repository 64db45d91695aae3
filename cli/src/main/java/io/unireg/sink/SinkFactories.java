package io.unireg.sink;

import io.unireg.job.JobError;
import io.unireg.job.OutputSpec;
import io.unireg.job.Suggestions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The output types a job may name: how each opens and the file name it takes by default. */
public final class SinkFactories {

    public interface Factory {
        String defaultPath();

        Set<String> extraKeys();

        RecordSink open(Path file, List<String> columns, OutputSpec spec) throws IOException;
    }

    private record FileFactory(String defaultPath, Opener opener) implements Factory {
        interface Opener {
            RecordSink open(Path file, List<String> columns) throws IOException;
        }

        @Override
        public Set<String> extraKeys() {
            return Set.of();
        }

        @Override
        public RecordSink open(Path file, List<String> columns, OutputSpec spec) throws IOException {
            return opener.open(file, columns);
        }
    }

    private final Map<String, Factory> factories;

    private SinkFactories(Map<String, Factory> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static SinkFactories builtIn() {
        Map<String, Factory> m = new TreeMap<>();
        m.put("csv", new FileFactory("records.csv", CsvSink::new));
        m.put("ndjson", new FileFactory("records.ndjson", NdjsonSink::new));
        return new SinkFactories(m);
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
        return errors;
    }

    /** The file an output writes, relative to the run folder. */
    public String pathOf(OutputSpec spec) {
        return spec.path() != null ? spec.path() : factories.get(spec.type()).defaultPath();
    }

    public RecordSink open(OutputSpec spec, Path dir, List<String> columns) throws IOException {
        Path file = dir.resolve(pathOf(spec));
        if (file.getParent() != null) {
            java.nio.file.Files.createDirectories(file.getParent());
        }
        return factories.get(spec.type()).open(file, columns, spec);
    }
}
