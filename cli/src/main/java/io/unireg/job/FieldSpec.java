package io.unireg.job;

import java.util.List;

/**
 * One entry of {@code fields:}: a target field, where its value comes from and how it is
 * normalised.
 *
 * @param from    {@code null} when the field is built only by functions (e.g. {@code concat})
 * @param onError what to do when the chain cannot make a valid value
 */
public record FieldSpec(String name, Location location, FromSpec from, List<FunctionCall> normalize,
                        OnError onError) {

    public enum OnError {
        /** The whole row goes to the rejects (default). */
        REJECT,
        /** The value becomes missing and the row is kept; allowed only for optional fields. */
        NULL
    }
}
