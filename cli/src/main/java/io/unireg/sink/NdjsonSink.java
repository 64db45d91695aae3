package io.unireg.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One JSON object per line, keys in column order, missing values as {@code null} so keys are stable. */
public final class NdjsonSink implements RecordSink {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final HashingFile file;
    private final JsonGenerator json;
    private final SerializedString[] keys;
    private long rows;

    public NdjsonSink(Path path, List<String> columns) throws IOException {
        this.file = new HashingFile(path);
        this.json = FACTORY.createGenerator(file.stream(), JsonEncoding.UTF8);
        json.setRootValueSeparator(new SerializedString("\n"));
        this.keys = columns.stream().map(SerializedString::new).toArray(SerializedString[]::new);
    }

    @Override
    public void write(String[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < keys.length; i++) {
            json.writeFieldName(keys[i]);
            String v = i < values.length ? values[i] : null;
            if (v == null) {
                json.writeNull();
            } else {
                json.writeString(v);
            }
        }
        json.writeEndObject();
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public String sha256() {
        return file.sha256();
    }

    @Override
    public void abort() {
        try {
            json.close();
        } catch (IOException ignored) {
            // the staging folder holding this file is discarded
        }
    }

    @Override
    public void close() throws IOException {
        if (rows > 0) {
            json.writeRaw('\n');
        }
        json.close();
    }
}
