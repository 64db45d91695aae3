package io.unireg.normalize;

import java.util.Set;

/**
 * One configured step of a field's normalising chain. Pure and immutable: safe to share between
 * threads and rows. A {@code null} input means the value is missing; most functions pass it through.
 */
@FunctionalInterface
public interface Normaliser {

    Outcome apply(String value, RowContext row);

    /** Source columns this step reads besides its input (checked against the source header). */
    default Set<String> columns() {
        return Set.of();
    }
}
