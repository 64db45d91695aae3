package io.unireg.normalize;

/** Read access to the current source row, for functions that combine columns (concat, coalesce). */
@FunctionalInterface
public interface RowContext {

    /** The raw cell of a source column, {@code null} when the row's source has no such column. */
    String column(String name);

    RowContext EMPTY = name -> null;
}
