package io.unireg.guess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * One proposed normalising step as a job file writes it: a function name and its argument
 * ({@link NullNode} for none). Built as JSON so the same value both compiles through the function
 * registry (to try it on the sample) and renders as YAML.
 */
public record Step(String function, JsonNode arg) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public Step {
        arg = arg == null ? NullNode.getInstance() : arg;
    }

    public static Step of(String function) {
        return new Step(function, NullNode.getInstance());
    }

    public static Step of(String function, String arg) {
        return new Step(function, NODES.textNode(arg));
    }

    public static Step of(String function, List<String> args) {
        return new Step(function, array(args));
    }

    /** An object argument; values are strings, lists of strings, maps of strings, or nodes. */
    public static Step of(String function, Map<String, ?> options) {
        return new Step(function, object(options));
    }

    static ArrayNode array(List<String> items) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }

    static ObjectNode object(Map<String, ?> options) {
        ObjectNode o = NODES.objectNode();
        options.forEach((k, v) -> o.set(k, node(v)));
        return o;
    }

    @SuppressWarnings("unchecked")
    private static JsonNode node(Object v) {
        if (v instanceof JsonNode n) {
            return n;
        }
        if (v instanceof List<?> list) {
            return array((List<String>) list);
        }
        if (v instanceof Map<?, ?> map) {
            return object((Map<String, ?>) map);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        return NODES.textNode(String.valueOf(v));
    }

    /** {@code trim}, or {@code {date: {patterns: [dd.MM.yyyy]}}} in flow style. */
    public String render() {
        return arg.isNull() ? function : "{" + function + ": " + YamlText.flow(arg) + "}";
    }
}
