package io.unireg.reconcile;

import io.unireg.match.MatchRecord;

import java.util.List;

/**
 * A golden record as the reconcile stage sees it: the values written to {@code records.*}, its ids and
 * lineage, and the source rows it was made from (for the evidence column of the update files).
 *
 * @param values  target values in schema order ({@code null} = missing)
 * @param members the accepted source rows merged into it (one without {@code dedupe:})
 */
public record LocalRecord(String uniregId, String clusterId, String lineage, String[] values, List<MatchRecord> members) {
}
