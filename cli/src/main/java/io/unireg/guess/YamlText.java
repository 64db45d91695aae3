package io.unireg.guess;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** YAML text for the scalars and flow collections a guessed job holds. */
final class YamlText {

    /** Plain only when no YAML reading could turn the text into anything but the same string. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_./$-]*");
    /** YAML 1.1 booleans and nulls a parser might read instead of the word. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlText() {
    }

    /** The text as a YAML scalar: plain when safe, else double-quoted with escapes. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))
                && !text.endsWith(".") && !text.endsWith("-")) {
            return text;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON value in YAML flow style: {@code [a, b]}, {@code {k: v}}, scalars quoted as needed. */
    static String flow(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(flow(n)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                items.add(scalar(e.getKey()) + ": " + flow(e.getValue()));
            }
            return "{" + String.join(", ", items) + "}";
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        return scalar(node.asText());
    }
}
