package io.unireg.source.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Walks one JSON value and reports every scalar in it with its JSON Pointer, relative to the record:
 * {@code {"name": {"last": "Ґудзь"}, "phones": ["050…"]}} gives {@code /name/last} and
 * {@code /phones/0}. Strings come as written, numbers as their text in the file (no {@code 1.0E9}),
 * booleans as {@code true}/{@code false}; {@code null} and empty objects or arrays give nothing.
 */
final class JsonLeaves {

    /** Receives one scalar of a record. */
    interface Consumer {
        void leaf(String pointer, String value);
    }

    private JsonLeaves() {
    }

    /** Reads the value the parser is on (its first token already current), leaving the parser on its last token. */
    static void walk(JsonParser parser, String pointer, Consumer consumer) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String child = pointer + "/" + escape(parser.currentName());
                    parser.nextToken();
                    walk(parser, child, consumer);
                }
            }
            case START_ARRAY -> {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    walk(parser, pointer + "/" + index++, consumer);
                }
            }
            case VALUE_NULL -> {
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                consumer.leaf(pointer.isEmpty() ? "/" : pointer, parser.getText());
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /** A pointer segment for a member name: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1} (RFC 6901). */
    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** What a JSON value is, for messages: "a string", "an array", … */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
