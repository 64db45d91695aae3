package io.unireg.schema;

import java.util.List;

/**
 * A check across fields of one row (a field check sees one value), named in a schema by
 * {@code "unireg:rowChecks": [{"check": "<name>", "fields": {"<role>": "<field>", …}}]}: the schema binds
 * each of the check's roles to one of its fields, so one check serves schemas that name fields differently.
 * Runs after the field checks. Implementations are pure and thread-safe.
 */
public interface RowCheck {

    /** The name schemas use, e.g. {@code rnokpp_consistent}. */
    String name();

    /** One line for {@code unireg schemas}. */
    String description();

    /** The roles the schema binds, in the order {@link #check} receives their values; the first is the field a violation is reported on. */
    List<String> roles();

    /**
     * {@code values} in {@link #roles()} order, {@code null} = missing. {@code null} when fine (or when the
     * values are missing or malformed: the field checks report those), else a one-line message with any
     * identifier masked.
     */
    String check(String[] values);
}
