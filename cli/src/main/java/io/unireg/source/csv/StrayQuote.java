package io.unireg.source.csv;

/**
 * Tells a stray quote from a quoted cell that really holds line breaks.
 *
 * <p>A {@code "} left open at the start of a cell makes the parser read every following line,
 * delimiters and all, into that one cell until the next {@code "} anywhere in the file; the record
 * still has the right number of cells, so nothing else would notice the rows it swallowed. Those
 * swallowed lines look like whole records: each holds a record's delimiters (columns − 1) or more.
 * A real note or address broken over lines holds a few delimiters at most, so a cell with two or
 * more such lines is taken for a stray quote. One such line alone is not enough: a long note may
 * well list as many items as the file has columns.
 */
final class StrayQuote {

    static final String RULE = "quoting";
    private static final int RECORD_LIKE_LINES = 2;

    private StrayQuote() {
    }

    /**
     * Why the record starting at {@code line} cannot be trusted, or {@code null} when none of its
     * cells holds {@value #RECORD_LIKE_LINES} or more lines that look like whole records. Meant for
     * records that span lines only: it reads every character of every cell.
     */
    static String check(String[] cells, long line, char delimiter, int columns) {
        if (columns < 2) {
            return null; // without delimiters every line looks like a record: nothing to tell by
        }
        int recordDelimiters = columns - 1;
        long cellLine = line;
        for (String cell : cells) {
            int breaks = 0;
            int recordLike = 0;
            int delimiters = 0;
            for (int i = 0, n = cell.length(); i < n; i++) {
                char c = cell.charAt(i);
                if (c == delimiter) {
                    delimiters++;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < n && cell.charAt(i + 1) == '\n') {
                        i++; // CR LF is one line break, as the parser counts lines
                    }
                    breaks++;
                    recordLike += delimiters >= recordDelimiters ? 1 : 0;
                    delimiters = 0;
                }
            }
            if (breaks > 0) {
                recordLike += delimiters >= recordDelimiters ? 1 : 0; // the cell's last line
                if (recordLike >= RECORD_LIKE_LINES) {
                    return "a quoted cell runs from line " + cellLine + " to line " + (cellLine + breaks)
                        + " and holds " + recordLike + " lines with " + recordDelimiters + " or more '"
                        + CsvOptions.describe(delimiter) + "' like whole records: a stray quote? (check the quotes on lines "
                        + cellLine + " and " + (cellLine + breaks) + ")";
                }
            }
            cellLine += breaks;
        }
        return null;
    }
}
