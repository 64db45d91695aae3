package io.unireg.survive;

import java.util.List;

/**
 * One cluster merged into one record: the surviving value of every target field and the
 * {@code source:key} of every row that contributed (lineage), in member order.
 */
public record GoldenRecord(String clusterId, String[] values, List<String> sources) {

    public GoldenRecord {
        sources = List.copyOf(sources);
    }

    /** The lineage cell of {@code records.*}: every contributing row, {@code |}-separated. */
    public String lineage() {
        return String.join("|", sources);
    }
}
