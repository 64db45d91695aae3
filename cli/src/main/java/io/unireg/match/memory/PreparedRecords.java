package io.unireg.match.memory;

import io.unireg.match.BlockingRule;
import io.unireg.match.ComparisonLevel;
import io.unireg.match.DeterministicRule;
import io.unireg.match.FieldComparison;
import io.unireg.match.FieldExpression;
import io.unireg.match.IdentifierField;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchSettings;
import io.unireg.match.RecordRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** The records in the columnar, dictionary-encoded form every later step reads. Built once per run. */
final class PreparedRecords {

    final int size;
    final List<MatchRecord> records;
    /** Column per schema field index; {@code null} for fields the settings never read. */
    final FieldColumn[] columns;
    final int[] sourceOf;
    final String[] sources;
    /** Per identifier (settings order): validity per value id of its column. */
    final boolean[][] validValue;

    PreparedRecords(MatchSettings settings, List<MatchRecord> records) {
        this.size = records.size();
        this.records = records;
        for (int i = 0; i < size; i++) {
            if (records.get(i).id() != i) {
                throw new IllegalArgumentException("record " + i + " has id " + records.get(i).id() + "; ids must equal list positions");
            }
        }
        TreeSet<Integer> used = new TreeSet<>();
        for (BlockingRule rule : settings.blocking()) {
            for (FieldExpression e : rule.keys()) {
                used.add(e.fieldIndex());
            }
        }
        for (FieldComparison c : settings.comparisons()) {
            used.add(c.fieldIndex());
            for (ComparisonLevel level : c.levels()) {
                if (level instanceof ComparisonLevel.Crosswise x) {
                    used.add(x.otherFieldIndex());
                }
            }
        }
        settings.identifiers().forEach(i -> used.add(i.fieldIndex()));
        for (DeterministicRule r : settings.rules()) {
            used.addAll(r.fieldIndexes());
        }
        List<String[]> values = new ArrayList<>(size);
        records.forEach(r -> values.add(r.values()));
        columns = new FieldColumn[settings.fields().size()];
        List<Integer> fields = new ArrayList<>(used);
        FieldColumn[] built = new FieldColumn[fields.size()];
        IntStream.range(0, fields.size()).parallel().forEach(i -> built[i] = FieldColumn.encode(fields.get(i), values));
        for (FieldColumn c : built) {
            columns[c.field] = c;
        }
        Map<String, Integer> sourceIds = new LinkedHashMap<>();
        sourceOf = new int[size];
        for (int i = 0; i < size; i++) {
            sourceOf[i] = sourceIds.computeIfAbsent(records.get(i).source(), s -> sourceIds.size());
        }
        sources = sourceIds.keySet().toArray(new String[0]);
        validValue = new boolean[settings.identifiers().size()][];
        for (int k = 0; k < settings.identifiers().size(); k++) {
            IdentifierField id = settings.identifiers().get(k);
            FieldColumn c = columns[id.fieldIndex()];
            boolean[] valid = new boolean[c.values.length];
            for (int v = 0; v < valid.length; v++) {
                valid[v] = id.check().isValid(c.values[v]);
            }
            validValue[k] = valid;
        }
    }

    FieldColumn column(FieldComparison c) {
        return columns[c.fieldIndex()];
    }

    /** source:key → record id, for clerk decisions. */
    Map<RecordRef, Integer> refs() {
        Map<RecordRef, Integer> out = new HashMap<>(size * 2);
        for (MatchRecord r : records) {
            out.putIfAbsent(r.ref(), r.id());
        }
        return out;
    }

    static ForkJoinPool pool() {
        return ForkJoinPool.commonPool();
    }
}
