package io.unireg.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a schema's {@code unireg:rowChecks}: the {@link RowCheck} to run and, for each of its roles
 * (in the check's order), the schema field that plays it.
 */
public record RowCheckBinding(String check, Map<String, String> fields) {

    public RowCheckBinding {
        Objects.requireNonNull(check, "check");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
