package io.unireg.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Map.Entry;

/** Builds a step from the YAML a job file would hold, e.g. {@code "{date: [dd.MM.yyyy]}"} or {@code "trim"}. */
final class Steps {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Steps() {
    }

    static Normaliser step(String yaml) {
        return step(yaml, Path.of("."));
    }

    static Normaliser step(String yaml, Path baseDir) {
        JsonNode node = parse(yaml);
        String name;
        JsonNode argument;
        if (node.isTextual()) {
            name = node.asText();
            argument = null;
        } else {
            Entry<String, JsonNode> only = node.fields().next();
            name = only.getKey();
            argument = only.getValue();
        }
        FunctionSpec spec = FunctionRegistry.builtIn().find(name)
                .orElseThrow(() -> new AssertionError("no function " + name));
        FunctionArgs args = argument == null ? FunctionArgs.none(baseDir) : new FunctionArgs(argument, baseDir);
        return spec.factory().create(args);
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome apply(String yaml, String value) {
        return step(yaml).apply(value, RowContext.EMPTY);
    }

    /** The value a step makes of {@code value}; fails the test when the step rejects it. */
    static String value(String yaml, String value) {
        Outcome outcome = apply(yaml, value);
        if (outcome.rejected()) {
            throw new AssertionError(yaml + " rejected " + value + ": " + outcome.message());
        }
        return outcome.value();
    }

    static RowContext row(Map<String, String> columns) {
        return columns::get;
    }
}
