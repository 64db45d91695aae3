package io.unireg.source.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.unireg.source.SourceException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The elements of one JSON array — the whole document, or the array a JSON Pointer names — read
 * with Jackson's streaming parser: only the current record is ever in memory. Broken syntax stops
 * the read ({@link MalformedJsonException} naming file, line and column): inside one array there is
 * no reliable place to pick up again.
 */
final class ArrayRecordStream implements JsonRecordStream {

    static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();

    private final Path file;
    private final JsonParser parser;

    private ArrayRecordStream(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Positions the parser inside the array at {@code pointer} ("" or "/" for the document). */
    static ArrayRecordStream open(Path file, Reader reader, String pointer) throws IOException, SourceException {
        JsonParser parser = FACTORY.createParser(reader);
        try {
            JsonPointer target = compile(pointer);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw SourceException.of(file, "empty file: expected a JSON array of records");
            }
            descend(file, parser, target, JsonPointer.empty());
            return new ArrayRecordStream(file, parser);
        } catch (JsonParseException e) {
            parser.close();
            throw new SourceException(MalformedJsonException.of(file, e).getMessage(), e);
        } catch (IOException | SourceException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    static JsonPointer compile(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return JsonPointer.empty();
        }
        return JsonPointer.compile(pointer);
    }

    /** Walks down to the array {@code rest} points at; the parser is on the value at {@code here}. */
    private static void descend(Path file, JsonParser parser, JsonPointer rest, JsonPointer here) throws IOException, SourceException {
        JsonToken token = parser.currentToken();
        if (rest.matches()) {
            if (token != JsonToken.START_ARRAY) {
                String where = here.toString().isEmpty() ? "the top level" : here.toString();
                String hint = token == JsonToken.START_OBJECT && here.toString().isEmpty()
                    ? "; name the array of records with records: (a JSON Pointer)" + arraysHint(parser) : "";
                throw SourceException.at(file, parser.currentTokenLocation().getLineNr(),
                    where + " is " + JsonLeaves.describe(token) + ", expected an array of records" + hint);
            }
            return;
        }
        if (token == JsonToken.START_OBJECT) {
            String name = rest.getMatchingProperty();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean match = parser.currentName().equals(name);
                parser.nextToken();
                if (match) {
                    descend(file, parser, rest.tail(), here.append(JsonPointer.compile("/" + JsonLeaves.escape(name))));
                    return;
                }
                parser.skipChildren();
            }
        } else if (token == JsonToken.START_ARRAY && rest.getMatchingIndex() >= 0) {
            int wanted = rest.getMatchingIndex();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (index++ == wanted) {
                    descend(file, parser, rest.tail(), here.append(JsonPointer.compile("/" + wanted)));
                    return;
                }
                parser.skipChildren();
            }
        }
        throw SourceException.of(file, "records: nothing at " + here + rest + " (" + (here.toString().isEmpty() ? "the top level" : here)
            + " is " + JsonLeaves.describe(token) + " without '" + rest.getMatchingProperty() + "')");
    }

    /** The top-level members that hold arrays, read from here to the end of the object, for the hint. */
    private static String arraysHint(JsonParser parser) throws IOException {
        List<String> arrays = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                arrays.add("/" + JsonLeaves.escape(name));
            }
            parser.skipChildren();
        }
        return arrays.isEmpty() ? "" : "; arrays at the top level: " + String.join(", ", arrays);
    }

    @Override
    public Item next(JsonLeaves.Consumer leaves) throws IOException {
        JsonToken token;
        try {
            token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return new Item(line, file.getFileName() + ":" + line + ": record is " + JsonLeaves.describe(token) + ", expected an object");
            }
            JsonLeaves.walk(parser, "", leaves);
            return new Item(line, null);
        } catch (JsonParseException e) {
            throw MalformedJsonException.of(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
