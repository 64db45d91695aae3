package io.unireg.job;

import java.util.Map;

/** One entry of {@code outputs:}; {@code path} is relative to the run's output folder. */
public record OutputSpec(String type, String path, Location location, Map<String, YamlNode> options) {
}
