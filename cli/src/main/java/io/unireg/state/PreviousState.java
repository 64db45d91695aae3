package io.unireg.state;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the last good run left in the state store.
 *
 * @param runId       the last good run's id (its start time), {@code null} before the first
 * @param fields      the fingerprinted fields, in fingerprint order
 * @param golden      unireg_id → whole-record hash (the per-field hashes are read from the store
 *                    only for the records that changed: {@link StateStore#fingerprint})
 * @param members     source:key → the unireg_id of the record it belonged to (jobs with dedupe)
 * @param sourceRows  source id → rows read
 * @param watermarks  source id → the highest incremental column value read
 * @param pending     ids that a run which did not advance the state may have upserted or deleted in a
 *                    {@code mode: incremental} output: the next run applies each again (upsert or delete)
 */
public record PreviousState(String runId, List<String> fields, IdHashes golden, Map<String, String> members,
                            Map<String, Long> sourceRows, Map<String, String> watermarks, Set<String> pending) {

    public static PreviousState empty() {
        return new PreviousState(null, List.of(), new IdHashes(), Map.of(), Map.of(), Map.of(), Set.of());
    }

    public boolean first() {
        return runId == null;
    }
}
