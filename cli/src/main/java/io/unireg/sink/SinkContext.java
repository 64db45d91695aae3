package io.unireg.sink;

import io.unireg.job.OutputSpec;
import io.unireg.schema.TableSchema;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sink is opened with.
 *
 * @param spec       the job's output entry (type-specific keys in {@code spec.options()})
 * @param columns    the columns of every row, in order: the schema's fields, then identity and lineage
 * @param schema     the target schema: types and primary key for sinks that need them (databases, Excel)
 * @param stagingDir where file outputs are written before the run moves them into place
 * @param jobDir     the job file's folder, for paths the job gives outside the output folder
 */
public record SinkContext(OutputSpec spec, List<String> columns, TableSchema schema, Path stagingDir, Path jobDir) {
}
