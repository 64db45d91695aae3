package io.unireg.source.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Newline-delimited JSON: one object per line, blank lines skipped. Lines are independent, so a line
 * that is not valid JSON, or not an object, is one bad record and reading goes on with the next.
 */
final class NdjsonRecordStream implements JsonRecordStream {

    private final Path file;
    private final BufferedReader lines;
    private long lineNumber;

    NdjsonRecordStream(Path file, Reader reader) {
        this.file = file;
        this.lines = new BufferedReader(reader, 64 * 1024);
    }

    @Override
    public Item next(JsonLeaves.Consumer leaves) throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        try (JsonParser parser = ArrayRecordStream.FACTORY.createParser(line)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                return new Item(lineNumber, file.getFileName() + ":" + lineNumber + ": record is "
                    + JsonLeaves.describe(token) + ", expected an object");
            }
            // Leaves go to a buffer first: a line broken half-way must not leave half a record behind.
            Buffer buffer = new Buffer();
            JsonLeaves.walk(parser, "", buffer);
            JsonToken after = parser.nextToken();
            if (after != null) {
                return new Item(lineNumber, file.getFileName() + ":" + lineNumber + ":" + parser.currentTokenLocation().getColumnNr()
                    + ": text after the record's closing brace (one record per line)");
            }
            buffer.replay(leaves);
            return new Item(lineNumber, null);
        } catch (JsonParseException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return new Item(lineNumber, file.getFileName() + ":" + lineNumber + (column > 0 ? ":" + column : "")
                + ": malformed JSON: " + MalformedJsonException.problem(e));
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private static final class Buffer implements JsonLeaves.Consumer {
        private final java.util.List<String> pairs = new java.util.ArrayList<>();

        @Override
        public void leaf(String pointer, String value) {
            pairs.add(pointer);
            pairs.add(value);
        }

        void replay(JsonLeaves.Consumer to) {
            for (int i = 0; i < pairs.size(); i += 2) {
                to.leaf(pairs.get(i), pairs.get(i + 1));
            }
        }
    }
}
