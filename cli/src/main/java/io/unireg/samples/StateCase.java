package io.unireg.samples;

/**
 * How the state extract generator treats one person of the residents truth (or one person only the
 * state knows), and the reconciliation status that follows. The tag names the case in the truth file.
 */
enum StateCase {
    /** The state holds the person with the same values (in its own formats). */
    EQUAL("equal", "matched"),
    /** Another flat in the same house: the city's newer registration. */
    APARTMENT("apartment", "matched_with_differences"),
    /** The state still has the address the person left: street, house and flat differ. */
    MOVED("moved", "matched_with_differences"),
    /** The state has the person's earlier surname (a marriage the state was not told of). */
    OLD_SURNAME("old_surname", "matched_with_differences"),
    /** A different patronymic in the state record (a clerk's slip on one side). */
    PATRONYMIC("patronymic", "matched_with_differences"),
    /** The person has since been issued an ID card the city does not know of. */
    NEW_DOCUMENT("new_document", "matched_with_differences"),
    /** The house letter written with a hyphen (12-А for 12А): a difference of formatting only. */
    HOUSE_FORMAT("house_format", "matched_with_differences"),
    /** The state has no record of the person. */
    NOT_IN_STATE("not_in_state", "local_only"),
    /** The state's record under the person's document number is somebody else. */
    CONFLICT("conflict", "conflict"),
    /** The state holds two records under the person's RNOKPP. */
    STATE_DUPLICATE("state_duplicate", "ambiguous"),
    /** Every row of the person was rejected by the job, so only the state's record remains. */
    REJECTED_LOCALLY("rejected_locally", "state_only"),
    /** Somebody the city's export does not list. */
    NEW_PERSON("new_person", "state_only");

    final String tag;
    final String status;

    StateCase(String tag, String status) {
        this.tag = tag;
        this.status = status;
    }
}
