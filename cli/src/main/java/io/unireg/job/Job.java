package io.unireg.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed job file (format version 1). Syntax is checked here; what needs other packages
 * (function names, schema fields, source columns) is checked when the job is compiled into a plan.
 *
 * @param file    the job file as given
 * @param baseDir the job file's folder: relative paths in the job resolve against it
 * @param sha256  of the job file's bytes, for the manifest
 * @param dedupe  the {@code dedupe:} section as written, read by the matching stage; {@code null} when absent
 * @param reconcile the {@code reconcile:} section; {@code null} when absent
 */
public record Job(int version, String name, String description, Path file, Path baseDir, String sha256,
                  List<SourceSpec> sources, TargetSpec target, List<FieldSpec> fields,
                  List<OutputSpec> outputs, QualitySpec quality, YamlNode.Mapping dedupe,
                  ReconcileSpec reconcile) {

    public boolean dedupes() {
        return dedupe != null;
    }

    public boolean reconciles() {
        return reconcile != null;
    }

    public Optional<SourceSpec> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> sourceIds() {
        return sources.stream().map(SourceSpec::id).toList();
    }
}
