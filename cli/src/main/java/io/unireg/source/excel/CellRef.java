package io.unireg.source.excel;

/** A cell address like {@code AB12}: 1-based row, 0-based column. Its letters are the workbook writer's too. */
public record CellRef(long row, int column) {

    /** Excel's last column, XFD. */
    static final int MAX_COLUMN = 16_383;

    /** {@code null} when {@code ref} is not an A1-style address. A missing row part gives row 0. */
    static CellRef parse(String ref) {
        int i = 0;
        int column = 0;
        int n = ref.length();
        while (i < n && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > MAX_COLUMN + 1) {
                return null;
            }
            i++;
        }
        if (i == 0) {
            return null;
        }
        long row = 0;
        for (int j = i; j < n; j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
            row = row * 10 + (c - '0');
        }
        return new CellRef(row, column - 1);
    }

    /** 0 → A, 27 → AB. */
    public static String letters(int column) {
        StringBuilder sb = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** Column index from the letters at the start of {@code ref} ({@code "C7"} → 2), -1 when there are none. */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}
