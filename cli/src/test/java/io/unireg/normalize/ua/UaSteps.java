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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Steps built from job-file YAML through the registry, as a job gets them; test vectors from resources. */
final class UaSteps {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private UaSteps() {
    }

    static Normaliser step(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            String name = node.isTextual() ? node.asText() : node.fieldNames().next();
            JsonNode arg = node.isTextual() ? null : node.get(name);
            return FunctionRegistry.builtIn().find(name).orElseThrow()
                    .factory().create(arg == null ? FunctionArgs.none(null) : new FunctionArgs(arg, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome apply(String yaml, String value) {
        return step(yaml).apply(value, RowContext.EMPTY);
    }

    /** The value the step makes; fails the test when it rejects. */
    static String value(String yaml, String value) {
        Outcome o = apply(yaml, value);
        if (o.rejected()) {
            throw new AssertionError(yaml + " rejected " + value + ": " + o.message());
        }
        return o.value();
    }

    /** Non-comment lines of a test resource next to this class. */
    static List<String> vectors(String resource) {
        try (InputStream in = UaSteps.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
