package io.unireg.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code sources:}. Common keys are typed; the rest (type-specific, e.g. {@code sheet})
 * stay as located YAML nodes so the reader that understands them can report errors in place.
 *
 * @param path resolved against the job file's folder; {@code null} for sources without a file
 * @param key  column identifying a row; {@code null} means "use the row number"
 */
public record SourceSpec(String id, String type, Location location, Path path, String encoding, String delimiter,
                         String key, Location keyLocation, Map<String, YamlNode> options) {

    public Optional<YamlNode> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
