package io.unireg.schema;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A check a Table Schema cannot express (a check digit, a registry code), named in a schema by the
 * field extension {@code "unireg:check": "<name>"}. Implementations are pure and thread-safe.
 */
public interface DomainCheck {

    /** The name schemas use, e.g. {@code rnokpp}. */
    String name();

    /** One line for {@code unireg schemas}. */
    String description();

    /** {@code null} when fine, else a one-line message (no full identifier in it). */
    String check(String value);

    /** A check from a function, for small checks and tests. */
    static DomainCheck of(String name, String description, UnaryOperator<String> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new DomainCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String check(String value) {
                return check.apply(value);
            }

            @Override
            public String toString() {
                return "DomainCheck[" + name + "]";
            }
        };
    }
}
