package io.unireg.normalize.ua;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Builds a registered step from the YAML a job file would hold, as the job loader does. */
final class NameSteps {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private NameSteps() {
    }

    static Normaliser step(String yaml) {
        return step(yaml, Path.of("."));
    }

    static Normaliser step(String yaml, Path baseDir) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = node.isTextual() ? node.asText() : node.fieldNames().next();
        JsonNode argument = node.isTextual() ? null : node.get(name);
        FunctionSpec spec = FunctionRegistry.builtIn().find(name).orElseThrow(() -> new AssertionError("no function " + name));
        return spec.factory().create(argument == null ? FunctionArgs.none(baseDir) : new FunctionArgs(argument, baseDir));
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

    /** Runs {@code value} through the steps in order; stops at a rejection. */
    static Outcome chain(String value, Normaliser... steps) {
        Outcome outcome = Outcome.ok(value);
        for (Normaliser step : steps) {
            if (outcome.rejected() || outcome.value() == null) {
                return outcome;
            }
            outcome = step.apply(outcome.value(), RowContext.EMPTY);
        }
        return outcome;
    }
}
