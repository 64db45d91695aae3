package io.unireg.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * A YAML tree that remembers where every node came from, so that errors found long after parsing
 * can still say {@code file:line:col}. Jackson's own tree forgets locations.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Location location();

    /** What the node is, for messages: "a text", "a list", "a mapping". */
    String kind();

    JsonNode toJson();

    /** A scalar; {@code text} is {@code null} for YAML null ({@code ~}, {@code null}, empty). */
    record Scalar(String text, Location location) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kind() {
            return isNull() ? "null" : "a value";
        }

        @Override
        public JsonNode toJson() {
            return text == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(text);
        }
    }

    /** One key of a mapping, with the key's own location (where "unknown key" errors point). */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /** A mapping in file order. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String kind() {
            return "a mapping";
        }

        @Override
        public JsonNode toJson() {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            entries.forEach((k, e) -> object.set(k, e.value().toJson()));
            return object;
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }

        @Override
        public JsonNode toJson() {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            items.forEach(i -> array.add(i.toJson()));
            return array;
        }
    }
}
