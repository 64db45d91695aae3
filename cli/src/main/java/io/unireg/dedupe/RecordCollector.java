package io.unireg.dedupe;

import io.unireg.match.MatchRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the accepted rows of every source as match records, in arrival order (record id = position).
 * Only the target values are kept, and values of low-cardinality fields (sex, settlement, KATOTTG,
 * street) are shared instead of held once per row, so a million rows stay a few hundred megabytes.
 */
public final class RecordCollector {

    /** A field stops being interned once it has this many distinct values: then sharing saves little. */
    private static final int INTERN_LIMIT = 4096;

    private final int width;
    private final List<MatchRecord> records = new ArrayList<>();
    private final List<Map<String, String>> interned = new ArrayList<>();
    private final Map<String, String> sourceIds = new HashMap<>();

    public RecordCollector(int width) {
        this.width = width;
        for (int i = 0; i < width; i++) {
            interned.add(new HashMap<>());
        }
    }

    /** {@code values} holds at least {@code width} target values; the array is not kept. */
    public void add(String source, String key, String[] values) {
        String[] own = new String[width];
        for (int i = 0; i < width; i++) {
            own[i] = intern(i, values[i]);
        }
        records.add(new MatchRecord(records.size(), sourceIds.computeIfAbsent(source, s -> s), key, own));
    }

    private String intern(int field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Map<String, String> pool = interned.get(field);
        if (pool == null) {
            return value;
        }
        String shared = pool.putIfAbsent(value, value);
        if (shared != null) {
            return shared;
        }
        if (pool.size() > INTERN_LIMIT) {
            interned.set(field, null);
        }
        return value;
    }

    public List<MatchRecord> records() {
        return records;
    }

    public int size() {
        return records.size();
    }
}
