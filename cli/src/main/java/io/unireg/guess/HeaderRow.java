package io.unireg.guess;

import java.util.List;

/**
 * Whether a file's first row names its columns or is already data. Exports from old systems often
 * have no header: the first row then holds a record number, a date, an РНОКПП — values no header
 * would carry. Two such cells (or the only cell of a one-column file) mean data; one alone may be a
 * header such as "Сума 2024".
 */
public final class HeaderRow {

    private HeaderRow() {
    }

    public static boolean looksLikeData(List<String> firstRow) {
        if (firstRow.isEmpty()) {
            return false;
        }
        int data = 0;
        for (String cell : firstRow) {
            if (isDataLike(cell.strip())) {
                data++;
            }
        }
        return data >= 2 || data == firstRow.size();
    }

    /** Four or more digits (a number, a date, a code) or a value with an @: not a column name. */
    private static boolean isDataLike(String cell) {
        int digits = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits >= 4 || cell.indexOf('@') > 0;
    }
}
