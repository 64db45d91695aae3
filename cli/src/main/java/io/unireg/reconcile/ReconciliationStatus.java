package io.unireg.reconcile;

import java.util.Locale;

/** What reconciling found for a golden record (or, {@link #STATE_ONLY}, for a state record no local record reached). */
public enum ReconciliationStatus {
    /** One state record, reached by an identifier or by link mode; every compared field equal. */
    MATCHED,
    /** One state record, the same person; some compared fields differ. */
    MATCHED_WITH_DIFFERENCES,
    /** No state record: no identifier found one, and link mode (when configured) found no candidate. */
    LOCAL_ONLY,
    /** Several state candidates (one identifier on several state records, or link-mode candidates to decide). */
    AMBIGUOUS,
    /** An identifier matches a state record whose person differs: another birth date and another name. */
    CONFLICT,
    /** A state record no local record reached. */
    STATE_ONLY;

    /** The name files use ({@code matched_with_differences}). */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
