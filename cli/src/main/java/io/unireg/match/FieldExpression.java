package io.unireg.match;

/**
 * A value a blocking rule groups by: a target field, optionally through a key function
 * ({@code name_key(surname)}, {@code year(birth_date)}, {@code first(postcode, 3)}).
 *
 * @param function   a {@link KeyFunction} job name, or {@code null} for the bare field
 * @param fieldIndex index of {@code field} in the target schema's field list (and in {@link MatchRecord#values()})
 * @param argument   the function's number argument ({@code first(x, 3)}), 0 when it takes none
 */
public record FieldExpression(String function, String field, int fieldIndex, int argument) {

    @Override
    public String toString() {
        if (function == null) {
            return field;
        }
        return function + "(" + field + (argument > 0 ? ", " + argument : "") + ")";
    }
}
