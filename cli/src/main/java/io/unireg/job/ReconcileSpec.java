package io.unireg.job;

import java.util.List;

/**
 * The job's {@code reconcile:} section as written: the state extract to reconcile against (a source
 * declared like any entry of {@code sources:}), its own field mapping into the target schema (the same
 * syntax as the top-level {@code fields:}), and the section node, whose other keys ({@code keys},
 * {@code compare}, {@code link}, {@code authority}) the reconcile stage reads itself.
 */
public record ReconcileSpec(Location location, SourceSpec against, List<FieldSpec> fields, YamlNode.Mapping node) {

    /** Keys the section accepts. */
    public static final List<String> KEYS = List.of("against", "fields", "keys", "compare", "link", "authority");

    public ReconcileSpec {
        fields = List.copyOf(fields);
    }
}
