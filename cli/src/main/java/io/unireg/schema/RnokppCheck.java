package io.unireg.schema;

import io.unireg.normalize.ua.Rnokpp;

/** РНОКПП: 10 digits, check digit, no all-same-digit placeholders (see docs/domain-ua.md). */
final class RnokppCheck implements DomainCheck {

    @Override
    public String name() {
        return "rnokpp";
    }

    @Override
    public String description() {
        return "РНОКПП (individual taxpayer number): 10 digits with a valid check digit, not a placeholder";
    }

    @Override
    public String check(String value) {
        Rnokpp.Problem problem = Rnokpp.problem(value);
        return problem == null ? null : "РНОКПП " + Mask.identifier(value) + " " + problem.message;
    }
}
