package io.unireg.survive;

/**
 * One source row that belongs to a cluster: where it came from and its values in the target
 * schema's field order ({@code null} = missing).
 *
 * @param sourceRank the source's position in the job, for deterministic tie-breaks
 */
public record Member(String source, String key, int sourceRank, String[] values) {

    /** {@code source:key}, the lineage form used in records, links and review. */
    public String ref() {
        return source + ":" + key;
    }

    /** Members in a fixed order, whatever order the clusterer found them in: job source order, then key (numbers numerically). */
    static int compare(Member a, Member b) {
        int c = Integer.compare(a.sourceRank, b.sourceRank);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.key.length(), b.key.length());
        return c != 0 ? c : a.key.compareTo(b.key);
    }
}
