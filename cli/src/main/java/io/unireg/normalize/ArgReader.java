package io.unireg.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a function's job-file argument once, at build time, and turns every mistake into an
 * {@link IllegalArgumentException} whose message starts with the function's name, so the job
 * loader can print it next to a file:line:col.
 */
public final class ArgReader {

    private final String function;
    private final FunctionArgs args;

    private ArgReader(String function, FunctionArgs args) {
        this.function = function;
        this.args = args;
    }

    public static ArgReader of(String function, FunctionArgs args) {
        return new ArgReader(function, args == null ? FunctionArgs.none(null) : args);
    }

    public String function() {
        return function;
    }

    public Path baseDir() {
        return args.baseDir();
    }

    public boolean isEmpty() {
        return args.isEmpty();
    }

    public JsonNode node() {
        return args.node();
    }

    public boolean isObject() {
        return !isEmpty() && args.node().isObject();
    }

    public IllegalArgumentException error(String message) {
        return new IllegalArgumentException(function + ": " + message);
    }

    /** For functions such as {@code trim} that take nothing. */
    public void requireNone() {
        if (!isEmpty()) {
            throw error("takes no argument, found " + describe(args.node()));
        }
    }

    /** One scalar argument, e.g. {@code {split_name: given}}; {@code expectation} completes "expects …". */
    public String text(String expectation) {
        return scalar(args.node(), expectation);
    }

    /** A scalar or a list of scalars, at least one. */
    public List<String> texts(String expectation) {
        return scalars(args.node(), expectation);
    }

    /** The argument as options; keys outside {@code allowed} are errors. */
    public Options options(Set<String> allowed) {
        if (!isObject()) {
            throw error("expects options {" + String.join(", ", new TreeSet<>(allowed)) + "}, found " + describe(args.node()));
        }
        Iterator<String> names = args.node().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error("unknown option '" + name + "' (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return new Options(args.node());
    }

    String scalar(JsonNode node, String expectation) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            throw error("expects " + expectation + ", found " + describe(node));
        }
        return node.asText();
    }

    List<String> scalars(JsonNode node, String expectation) {
        if (node != null && node.isArray()) {
            if (node.isEmpty()) {
                throw error("expects " + expectation + ", found an empty list");
            }
            List<String> out = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                out.add(scalar(item, expectation));
            }
            return List.copyOf(out);
        }
        return List.of(scalar(node, expectation));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "options";
        }
        return Spaces.quote(node.asText());
    }

    /** Named options of one function: {@code {patterns: [...], pivot_year: 1930}}. */
    public final class Options {
        private final JsonNode node;

        private Options(JsonNode node) {
            this.node = node;
        }

        public boolean has(String key) {
            JsonNode value = node.get(key);
            return value != null && !value.isNull();
        }

        public JsonNode node(String key) {
            return node.get(key);
        }

        public String text(String key, String fallback) {
            return has(key) ? scalar(node.get(key), key + ": a value") : fallback;
        }

        public List<String> texts(String key) {
            return scalars(node.get(key), key + ": a value or a list of values");
        }

        public boolean bool(String key, boolean fallback) {
            if (!has(key)) {
                return fallback;
            }
            JsonNode value = node.get(key);
            String text = value.asText();
            if (value.isBoolean() || text.equals("true") || text.equals("false")) {
                return value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(text);
            }
            throw error(key + " expects true or false, found " + describe(value));
        }

        public int integer(String key, int fallback) {
            if (!has(key)) {
                return fallback;
            }
            JsonNode value = node.get(key);
            try {
                return value.isInt() ? value.intValue() : Integer.parseInt(value.asText().trim());
            } catch (NumberFormatException e) {
                throw error(key + " expects a whole number, found " + describe(value));
            }
        }

        /** One of {@code choices}, or {@code fallback} when absent. */
        public String choice(String key, List<String> choices, String fallback) {
            String value = text(key, fallback);
            if (!choices.contains(value)) {
                throw error(key + " expects one of " + String.join(", ", choices) + ", found " + Spaces.quote(value));
            }
            return value;
        }

        /** A mapping of scalars, e.g. {@code table: {Харків: Kharkiv}}; a null value maps to missing. */
        public Map<String, String> table(String key) {
            JsonNode value = node.get(key);
            if (value == null || !value.isObject()) {
                throw error(key + " expects a mapping {from: to, …}, found " + describe(value));
            }
            Map<String, String> out = new java.util.LinkedHashMap<>();
            var fields = value.fields();
            while (fields.hasNext()) {
                var entry = fields.next();
                JsonNode to = entry.getValue();
                if (to.isContainerNode()) {
                    throw error(key + ": the value for " + Spaces.quote(entry.getKey()) + " must be a single value");
                }
                out.put(entry.getKey(), to.isNull() ? null : to.asText());
            }
            return out;
        }
    }
}
