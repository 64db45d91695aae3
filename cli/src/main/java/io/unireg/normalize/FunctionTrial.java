package io.unireg.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** What {@code unireg functions NAME --try VALUE [ARG…]} does: build the function from words, apply it once. */
public final class FunctionTrial {

    /** Trailing tokens fail, so a regex such as [0-9]+ is not read as the list [0-9]. */
    private static final ObjectReader YAML = new ObjectMapper(new YAMLFactory())
            .readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");

    private FunctionTrial() {
    }

    /**
     * Builds the function from CLI args (no arg → none; one arg → text/number node; several →
     * array; an arg that parses as a JSON/YAML object or array is used as is) and applies it to
     * {@code value} ({@code null} = missing) with no other columns in the row.
     *
     * @throws IllegalArgumentException with a one-line message when the arguments do not suit the function
     */
    public static Outcome trial(FunctionSpec spec, String value, List<String> args, Path baseDir) {
        Normaliser step = spec.factory().create(arguments(args, baseDir));
        return step.apply(value, RowContext.EMPTY);
    }

    static FunctionArgs arguments(List<String> args, Path baseDir) {
        if (args == null || args.isEmpty()) {
            return FunctionArgs.none(baseDir);
        }
        if (args.size() == 1) {
            return new FunctionArgs(node(args.get(0)), baseDir);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String arg : args) {
            array.add(node(arg));
        }
        return new FunctionArgs(array, baseDir);
    }

    /**
     * One word as a job file would give it. Only {...} and [...] go through YAML: a bare word stays
     * text, so "yes", "~" or "12:30" are not turned into booleans, nulls or sexagesimal numbers.
     */
    static JsonNode node(String arg) {
        String trimmed = arg.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode parsed = YAML.readValue(trimmed);
                if (parsed != null && parsed.isContainerNode()) {
                    return parsed;
                }
            } catch (JsonProcessingException e) {
                // not structured after all: treat it as text, as a pattern like [0-9]+ would be
            }
        }
        if (NUMBER.matcher(trimmed).matches()) {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(trimmed));
        }
        return TextNode.valueOf(arg);
    }
}
