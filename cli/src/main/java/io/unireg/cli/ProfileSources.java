package io.unireg.cli;

import io.unireg.job.JobError;
import io.unireg.job.Location;
import io.unireg.job.SourceSpec;
import io.unireg.job.YamlNode;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens a file for {@code unireg profile} the way a job's source of the same type would, through
 * {@link SourceOpeners}: the type comes from the extension unless given.
 */
final class ProfileSources {

    /** Extension → source type; anything else is read as CSV. */
    private static final Map<String, String> BY_EXTENSION = Map.of(
        "json", "json", "ndjson", "ndjson", "jsonl", "ndjson", "dbf", "dbf");

    private ProfileSources() {
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "csv" : BY_EXTENSION.getOrDefault(name.substring(dot + 1), "csv");
    }

    static RecordSource open(Path file, String type, String encoding, String delimiter, String records)
        throws IOException, SourceException {
        Location where = Location.of(file.toString());
        Map<String, YamlNode> options = new LinkedHashMap<>();
        if (records != null) {
            if (!"json".equals(type)) {
                throw SourceException.of(file, "--records applies to JSON files only (this one is read as " + type + ")");
            }
            options.put("records", new YamlNode.Scalar(records, where));
        }
        SourceSpec spec = new SourceSpec(file.toString(), type, where, file, encoding,
            "csv".equals(type) ? delimiter : null, null, null, Map.copyOf(options));
        SourceOpeners openers = SourceOpeners.builtIn();
        List<JobError> errors = openers.validate(spec);
        if (!errors.isEmpty()) {
            throw new SourceException(errors.get(0).message());
        }
        return openers.open(spec);
    }
}
