package io.unireg.source.json;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import io.unireg.source.text.TextInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records of a JSON array or an NDJSON file as rows whose columns are JSON Pointers to the records'
 * scalars ({@code /surname}, {@code /address/city}, {@code /phones/0}).
 *
 * <p>The columns are every pointer any record has, in first-seen order, so opening reads the file
 * once to list them (streaming, constant memory) before the rows are read. A record that lacks a
 * pointer has an empty cell there. A record that is not an object, or an NDJSON line that is not valid
 * JSON, is a {@link SourceItem.BadRow} (rule {@code json}); broken syntax inside a JSON array stops
 * the read with a {@link MalformedJsonException}.
 *
 * <p>Bytes the charset cannot decode become U+FFFD, and the cells holding one are marked
 * ({@link SourceItem.Undecoded}) so the values mapped from them are rejected, not written garbled. The
 * records start nowhere the decoder can tell, so once it has put in a U+FFFD every later record's
 * cells are searched: a U+FFFD the file itself holds is marked too when it comes after damage. A
 * clean file costs one comparison per record.
 */
public final class JsonRecordSource implements RecordSource {

    /** More distinct pointers than this means the records are maps keyed by data, not records. */
    static final int MAX_COLUMNS = 5_000;
    private static final String BAD_ROW_RULE = "json";

    /** How a file holds its records. */
    public enum Layout { ARRAY, NDJSON }

    /** What a job says about one JSON or NDJSON source. */
    public record Options(Path path, Layout layout, String encoding, String records) {
    }

    private final String id;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final Map<String, String> detected;
    private final JsonRecordStream stream;
    private final TextInput input;
    private long rowNumber;

    private JsonRecordSource(String id, List<String> columns, Map<String, String> detected, TextInput input, JsonRecordStream stream) {
        this.id = id;
        this.columns = columns;
        this.detected = Collections.unmodifiableMap(detected);
        this.input = input;
        this.stream = stream;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            idx.put(columns.get(i), i);
        }
        this.index = idx;
    }

    public static JsonRecordSource open(String sourceId, Options options) throws IOException, SourceException {
        Set<String> seen = new LinkedHashSet<>();
        long records;
        Map<String, String> detected;
        try (TextInput input = TextInput.open(options.path(), options.encoding());
             JsonRecordStream scan = stream(options, input)) {
            detected = new LinkedHashMap<>(input.describe());
            records = 0;
            JsonLeaves.Consumer collect = (pointer, value) -> seen.add(pointer);
            for (JsonRecordStream.Item item = scan.next(collect); item != null; item = scan.next(collect)) {
                records++;
                if (seen.size() > MAX_COLUMNS) {
                    throw SourceException.at(options.path(), item.line(), "records have more than " + MAX_COLUMNS
                        + " distinct fields; do the records' keys hold data? Point records: at the array of records");
                }
            }
        } catch (MalformedJsonException e) {
            throw new SourceException(e.getMessage(), e);
        }
        if (options.layout() == Layout.ARRAY) {
            detected.put("records", options.records() == null || options.records().isEmpty() ? "/" : options.records());
        }
        detected.put("columns", seen.size() + " JSON Pointers found in " + records + " records");
        TextInput input = TextInput.open(options.path(), options.encoding());
        try {
            return new JsonRecordSource(sourceId, List.copyOf(seen), detected, input, stream(options, input));
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    private static JsonRecordStream stream(Options options, TextInput input) throws IOException, SourceException {
        return options.layout() == Layout.NDJSON
            ? new NdjsonRecordStream(options.path(), input.reader())
            : ArrayRecordStream.open(options.path(), input.reader(), options.records());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Map<String, String> detected() {
        return detected;
    }

    @Override
    public SourceItem next() throws IOException {
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, "");
        JsonRecordStream.Item item = stream.next((pointer, value) -> {
            Integer i = index.get(pointer);
            // Every pointer was listed when the file was opened; one missing means the file changed since.
            if (i == null) {
                throw new IllegalStateException("source '" + id + "' changed while the job was running: new field " + pointer);
            }
            cells[i] = value;
        });
        if (item == null) {
            return null;
        }
        rowNumber++;
        if (!item.ok()) {
            return new SourceItem.BadRow(item.line(), rowNumber, BAD_ROW_RULE, item.problem());
        }
        return new SourceItem.Row(item.line(), rowNumber, cells, undecoded(cells));
    }

    /** The cells holding a U+FFFD, once the decoder has put one in; {@code null} before, or when none does. */
    private SourceItem.Undecoded undecoded(String[] cells) {
        if (input.lastReplacement() < 0) {
            return null;
        }
        return SourceItem.Undecoded.search(input.charset().name(), cells);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
