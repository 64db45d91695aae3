package io.unireg.normalize.ua;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Builds a registered step from the YAML a job file would hold, relative to {@code baseDir}. */
final class AddressSteps {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AddressSteps() {
    }

    static Normaliser step(String yaml, Path baseDir) {
        try {
            JsonNode node = YAML.readTree(yaml);
            String name = node.isTextual() ? node.asText() : node.fieldNames().next();
            JsonNode argument = node.isTextual() ? null : node.get(name);
            FunctionArgs args = argument == null ? FunctionArgs.none(baseDir) : new FunctionArgs(argument, baseDir);
            return FunctionRegistry.builtIn().find(name).orElseThrow().factory().create(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Normaliser step(String yaml) {
        return step(yaml, Path.of("."));
    }

    static Outcome apply(String yaml, String value) {
        return step(yaml).apply(value, RowContext.EMPTY);
    }

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
