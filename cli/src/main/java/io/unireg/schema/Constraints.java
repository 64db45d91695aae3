package io.unireg.schema;

import java.util.List;

/**
 * Table Schema field constraints. {@code minimum}/{@code maximum} stay strings in the field's own
 * type (a number, an ISO date…) so one record serves every type; the loader has checked them.
 */
public record Constraints(boolean required, boolean unique, Integer minLength, Integer maxLength, String pattern,
                          List<String> enumValues, String minimum, String maximum) {

    public static final Constraints NONE = new Constraints(false, false, null, null, null, List.of(), null, null);

    public Constraints {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    /** The same constraints with {@code required} set, as primary-key fields implicitly are. */
    public Constraints withRequired() {
        return required ? this : new Constraints(true, unique, minLength, maxLength, pattern, enumValues, minimum, maximum);
    }

    public boolean isEmpty() {
        return !required && !unique && minLength == null && maxLength == null && pattern == null
                && enumValues.isEmpty() && minimum == null && maximum == null;
    }
}
