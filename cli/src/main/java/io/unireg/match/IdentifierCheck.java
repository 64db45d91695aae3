package io.unireg.match;

import io.unireg.normalize.ua.Edrpou;
import io.unireg.normalize.ua.Rnokpp;
import io.unireg.normalize.ua.Unzr;

import java.util.function.Predicate;

/** When an identifier value counts as valid, by the name the job file uses. */
public enum IdentifierCheck {
    RNOKPP("rnokpp", Rnokpp::isValid),
    UNZR("unzr", v -> Unzr.problem(v, false) == null),
    EDRPOU("edrpou", Edrpou::isValid),
    /** Any non-empty value (identifiers of English benchmark data, or already-validated columns). */
    PRESENT("present", v -> !v.isEmpty());

    private final String jobName;
    private final Predicate<String> valid;

    IdentifierCheck(String jobName, Predicate<String> valid) {
        this.jobName = jobName;
        this.valid = valid;
    }

    public String jobName() {
        return jobName;
    }

    public boolean isValid(String value) {
        return value != null && !value.isEmpty() && valid.test(value);
    }
}
