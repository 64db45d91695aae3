package io.unireg.source.json;

import com.fasterxml.jackson.core.JsonPointer;
import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
import io.unireg.job.YamlNode;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code type: json} (option {@code records: /json/pointer}) and {@code type: ndjson}. */
public final class JsonOpener implements SourceOpeners.Opener {

    private static final String RECORDS = "records";

    private final JsonRecordSource.Layout layout;

    private JsonOpener(JsonRecordSource.Layout layout) {
        this.layout = layout;
    }

    public static JsonOpener json() {
        return new JsonOpener(JsonRecordSource.Layout.ARRAY);
    }

    public static JsonOpener ndjson() {
        return new JsonOpener(JsonRecordSource.Layout.NDJSON);
    }

    @Override
    public Set<String> extraKeys() {
        return layout == JsonRecordSource.Layout.ARRAY ? Set.of(RECORDS) : Set.of();
    }

    @Override
    public List<JobError> validate(SourceSpec spec) {
        List<JobError> errors = new ArrayList<>(SourceOpeners.requireFile(spec));
        spec.option(RECORDS).ifPresent(node -> {
            if (!(node instanceof YamlNode.Scalar s) || s.text() == null) {
                errors.add(new JobError(node.location(), "records must be a JSON Pointer such as /data/items"));
                return;
            }
            String text = s.text();
            if (!text.isEmpty() && !text.startsWith("/")) {
                errors.add(new JobError(node.location(), "records must be a JSON Pointer starting with '/': /" + text + " ?"));
                return;
            }
            try {
                JsonPointer.compile(text);
            } catch (IllegalArgumentException e) {
                errors.add(new JobError(node.location(), "records: not a JSON Pointer: " + e.getMessage()));
            }
        });
        return errors;
    }

    @Override
    public RecordSource open(SourceSpec spec) throws IOException, SourceException {
        String records = spec.option(RECORDS).map(n -> ((YamlNode.Scalar) n).text()).orElse(null);
        return JsonRecordSource.open(spec.id(), new JsonRecordSource.Options(spec.path(), layout, spec.encoding(), records));
    }
}
