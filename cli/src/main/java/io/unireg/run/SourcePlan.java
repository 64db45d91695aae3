package io.unireg.run;

import io.unireg.job.SourceSpec;

import java.util.List;
import java.util.Map;

/**
 * One source compiled against the schema: which column feeds each target field (by schema index,
 * -1 when none) and which column is the row key (-1: the row number is the key).
 */
public record SourcePlan(SourceSpec spec, List<String> columns, Map<String, Integer> columnIndex, int keyIndex,
                  int[] fieldColumn) {

    public String id() {
        return spec.id();
    }
}
