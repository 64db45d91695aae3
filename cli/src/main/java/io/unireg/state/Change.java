package io.unireg.state;

import java.util.List;

/** One row of {@code changes.csv}. */
public record Change(Kind kind, String uniregId, List<String> otherIds, List<String> changedFields) {

    public enum Kind {
        INSERT, UPDATE, DELETE, MERGE, SPLIT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final List<String> COLUMNS = List.of("change", "unireg_id", "other_ids", "changed_fields");

    public String[] toRow() {
        return new String[]{kind.word(), uniregId, String.join(";", otherIds), String.join(";", changedFields)};
    }
}
