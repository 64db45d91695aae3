package io.unireg.match;

/** What became of a compared pair. */
public enum Decision {
    /** Accepted: the two records are one entity (joins them in a cluster). */
    MATCH,
    /** Between the review and match thresholds: goes to the clerk. */
    REVIEW,
    NON_MATCH;

    /** Lower-case name used in files ({@code match}, {@code review}, {@code non_match}). */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
