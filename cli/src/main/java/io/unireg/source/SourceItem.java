package io.unireg.source;

/**
 * What a {@link RecordSource} yields: a row of cells, or a row it could not read as one.
 * A bad row is a value, not an exception, so the pipeline can reject it and go on.
 */
public sealed interface SourceItem permits SourceItem.Row, SourceItem.BadRow {

    /** Physical line (1-based) where the row starts in the file; row number for non-text sources. */
    long line();

    /**
     * A data row. {@code cells} is indexed like {@link RecordSource#columns()}; an empty cell is
     * {@code ""}, never {@code null}. {@code rowNumber} counts data rows from 1 (header excluded).
     */
    record Row(long line, long rowNumber, String[] cells, Undecoded undecoded) implements SourceItem {

        /** A row whose cells all decoded (or whose source cannot tell). */
        public Row(long line, long rowNumber, String[] cells) {
            this(line, rowNumber, cells, null);
        }
    }

    /**
     * Which cells of a {@link Row} hold a U+FFFD the decoder put in for bytes {@code encoding} could
     * not decode: their text is not what the file holds. {@code cells} is indexed like the row's.
     * Text sources that cannot tell (JSON) leave a row's {@code undecoded} {@code null}.
     */
    record Undecoded(String encoding, boolean[] cells) {

        public static final char REPLACEMENT = '\uFFFD';

        /** The cells of {@code cells} holding a U+FFFD, or {@code null} when none does. */
        public static Undecoded search(String encoding, String[] cells) {
            boolean[] damaged = null;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].indexOf(REPLACEMENT) >= 0) {
                    if (damaged == null) {
                        damaged = new boolean[cells.length];
                    }
                    damaged[i] = true;
                }
            }
            return damaged == null ? null : new Undecoded(encoding, damaged);
        }

        public boolean holds(int column) {
            return column >= 0 && column < cells.length && cells[column];
        }
    }

    /** A row the reader could not split into the header's columns (e.g. wrong cell count). */
    record BadRow(long line, long rowNumber, String rule, String message) implements SourceItem {
    }
}
