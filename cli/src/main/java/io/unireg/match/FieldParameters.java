package io.unireg.match;

import java.util.List;

/** A compared field's levels in level-number order, {@code null} first (its weight is always 0) and {@code else} last. */
public record FieldParameters(String field, List<LevelParameters> levels) {

    public FieldParameters {
        levels = List.copyOf(levels);
    }
}
