package io.unireg.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the reconcile stage for the manifest, the closing line and the dry run; each can be
 * traced to rows of reconciliation.csv, the update files or rejects.csv.
 *
 * @param statuses    rows of reconciliation.csv per status, every status in {@link ReconciliationStatus} order
 * @param link        what link mode worked on; {@code null} when it did not run
 */
public record ReconcileSummary(String against, String path, String sha256, long rowsRead, long rowsRejected,
                               long stateRecords, Map<String, Long> statuses, long stateUpdates, long localUpdates,
                               LinkMode.Figures link, long millis) {

    public ReconcileSummary {
        statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }

    /** Counts per status of an outcome, in status order, zeros included. */
    public static Map<String, Long> count(Reconciler.Outcome outcome) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReconciliationStatus s : ReconciliationStatus.values()) {
            counts.put(s.fileName(), 0L);
        }
        for (Classification c : outcome.locals()) {
            counts.merge(c.status().fileName(), 1L, Long::sum);
        }
        counts.merge(ReconciliationStatus.STATE_ONLY.fileName(), (long) outcome.stateOnly().length, Long::sum);
        return counts;
    }

    public long count(ReconciliationStatus status) {
        return statuses.getOrDefault(status.fileName(), 0L);
    }

    public List<String> statusNames() {
        return List.copyOf(statuses.keySet());
    }
}
