package io.unireg.reconcile;

import io.unireg.match.MatchRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of the reconcile stage's files, made from an outcome: {@code reconciliation.csv}, the
 * per-status record files and the two update files. Identifiers are not masked here: these files are
 * the data (the reports mask them).
 */
public final class ReconcileRows {

    public static final List<String> RECONCILIATION_COLUMNS = List.of("unireg_id", "status", "state_key", "method",
            "match_probability", "differing_fields");
    public static final List<String> UPDATE_COLUMNS = List.of("unireg_id", "state_key", "field", "local_value",
            "state_value", "difference", "evidence");

    private final ReconcilePlan plan;
    private final StateTable state;
    private final int entryDate;

    public ReconcileRows(ReconcilePlan plan, StateTable state) {
        this.plan = plan;
        this.state = state;
        this.entryDate = plan.fields().indexOf("entry_date");
    }

    /** A golden record's row of reconciliation.csv. */
    public String[] reconciliation(LocalRecord local, Classification c) {
        StringBuilder fields = new StringBuilder();
        for (FieldDifference d : c.differences()) {
            fields.append(fields.length() == 0 ? "" : ";").append(plan.fields().get(d.field()));
        }
        return new String[]{local.uniregId(), c.status().fileName(), stateKeys(c.stateRecords()), c.method(),
                Double.isNaN(c.probability()) ? "" : "link".equals(c.method()) ? probability(c.probability()) : "1.0",
                fields.toString()};
    }

    /** A state record no local record reached, as a row of reconciliation.csv. */
    public String[] stateOnly(int record) {
        return new String[]{"", ReconciliationStatus.STATE_ONLY.fileName(), state.key(record), "", "", ""};
    }

    /** A state record in the records' columns: its normalised values, no ids, lineage {@code against:key}. */
    public String[] stateRecord(int record) {
        String[] row = new String[state.width() + 3];
        for (int f = 0; f < state.width(); f++) {
            row[f] = state.value(record, f);
        }
        row[state.width() + 2] = plan.againstId() + ":" + state.key(record);
        return row;
    }

    /** A golden record in the records' columns, as records.* hold it. */
    public static String[] localRecord(LocalRecord local) {
        String[] row = new String[local.values().length + 3];
        System.arraycopy(local.values(), 0, row, 0, local.values().length);
        row[row.length - 3] = local.uniregId();
        row[row.length - 2] = local.clusterId();
        row[row.length - 1] = local.lineage();
        return row;
    }

    /** Where each differing field's right value is, per the authority rules. */
    public interface UpdateSink {
        void stateUpdate(String[] row) throws java.io.IOException;

        void localUpdate(String[] row) throws java.io.IOException;
    }

    /** The field-level corrections a matched record proposes: state-authoritative fields to the city, local ones to the state. */
    public void updates(LocalRecord local, Classification c, UpdateSink sink) throws java.io.IOException {
        if (c.status() != ReconciliationStatus.MATCHED_WITH_DIFFERENCES) {
            return;
        }
        int record = c.stateRecords()[0];
        for (FieldDifference d : c.differences()) {
            boolean toState = plan.localAuthority().contains(d.field());
            boolean toLocal = plan.stateAuthority().contains(d.field());
            if (!toState && !toLocal) {
                continue;
            }
            String[] row = {local.uniregId(), state.key(record), plan.fields().get(d.field()), d.local(), d.state(), d.kind(),
                    evidence(local, c, record, d)};
            if (toState) {
                sink.stateUpdate(row);
            } else {
                sink.localUpdate(row);
            }
        }
    }

    /** How the two were matched, which local rows hold the value, and the entry dates both sides give. */
    String evidence(LocalRecord local, Classification c, int record, FieldDifference d) {
        StringBuilder e = new StringBuilder();
        if ("link".equals(c.method())) {
            e.append("matched by link mode, probability ").append(probability(c.probability()));
        } else {
            e.append("matched by ").append(c.method());
        }
        List<String> holders = new ArrayList<>();
        String entry = null;
        for (MatchRecord m : local.members()) {
            if (d.local().equals(m.values()[d.field()])) {
                holders.add(m.source() + ":" + m.key());
                if (entryDate >= 0 && m.values()[entryDate] != null && (entry == null || m.values()[entryDate].compareTo(entry) > 0)) {
                    entry = m.values()[entryDate];
                }
            }
        }
        if (!holders.isEmpty()) {
            e.append("; local value from ").append(String.join(", ", holders));
        }
        if (entry != null) {
            e.append(" (entered ").append(entry).append(')');
        }
        e.append("; state record ").append(plan.againstId()).append(':').append(state.key(record));
        String stateEntry = entryDate >= 0 ? state.value(record, entryDate) : null;
        if (stateEntry != null) {
            e.append(" (entered ").append(stateEntry).append(')');
        }
        if (d.formatting()) {
            e.append("; only the spelling differs");
        }
        return e.toString();
    }

    private String stateKeys(int[] records) {
        StringBuilder s = new StringBuilder();
        for (int r : records) {
            s.append(s.length() == 0 ? "" : ";").append(state.key(r));
        }
        return s.toString();
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }
}
