package io.unireg.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each key and value starts, so schema errors can say
 * {@code file:line:col}. Jackson's own tree drops locations.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }

        SchemaException error(String message) {
            return new SchemaException(this + ": " + message);
        }
    }

    sealed interface Node permits Obj, Arr, Scalar {
        Location location();

        /** What the node is, for "expected a string, found an array" messages. */
        String kind();
    }

    record Member(String key, Location keyLocation, Node value) {
    }

    record Obj(Location location, Map<String, Member> members) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(Location location, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string, number, boolean or null; {@code text} is the literal as written (numbers keep their spelling). */
    record Scalar(Location location, JsonToken token, String text) implements Node {
        @Override
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "null";
            };
        }

        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }

    /** Reads one JSON document; syntax errors, duplicate keys and trailing content become {@link SchemaException}s. */
    static Node read(InputStream in, String file) throws SchemaException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SchemaException(file + ":1:1: the file is empty, expected a JSON object");
            }
            Node root = readValue(p, file);
            if (p.nextToken() != null) {
                throw at(p, file).error("unexpected content after the end of the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String line = loc == null ? "?" : loc.getLineNr() + ":" + loc.getColumnNr();
            throw new SchemaException(file + ":" + line + ": invalid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new SchemaException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Node readValue(JsonParser p, String file) throws IOException, SchemaException {
        Location where = at(p, file);
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Member> members = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Location keyAt = at(p, file);
                p.nextToken();
                Member m = new Member(key, keyAt, readValue(p, file));
                if (members.putIfAbsent(key, m) != null) {
                    throw keyAt.error("duplicate key '" + key + "'");
                }
            }
            return new Obj(where, Collections.unmodifiableMap(members));
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(p, file));
            }
            return new Arr(where, List.copyOf(items));
        }
        return new Scalar(where, t, t == JsonToken.VALUE_NULL ? null : p.getText());
    }

    private static Location at(JsonParser p, String file) {
        JsonLocation loc = p.currentTokenLocation();
        return new Location(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
