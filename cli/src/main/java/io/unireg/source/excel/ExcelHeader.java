package io.unireg.source.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Column names from one or more header rows.
 *
 * <ul>
 * <li>A merged cell gives its text (held by its first cell) to every column and header row it spans.</li>
 * <li>With several header rows a column's name joins its texts top-down with {@code " / "}, a text
 *     repeated by a vertical merge once: {@code "Документ / Номер"}, {@code "№ з/п"}.</li>
 * <li>Names that come out the same (a merged group cell over columns without sub-headers, or two columns
 *     typed alike) are told apart by position: {@code "Адреса"}, {@code "Адреса (2)"}, {@code "Адреса (3)"}.</li>
 * <li>A column without any header text is named by its letter, {@code "F"}.</li>
 * <li>Line breaks and runs of spaces inside a header cell become one space; the ends are trimmed.</li>
 * </ul>
 */
final class ExcelHeader {

    /** @param renamed names changed to keep them apart or to fill a blank, for the profile */
    record Names(List<String> names, List<String> renamed) {
    }

    private ExcelHeader() {
    }

    /**
     * @param rows     the header rows' cells, top-down; {@code rows.get(i)} is spreadsheet row {@code firstRow + i}
     * @param merges   the sheet's merged regions (any; those outside the header are ignored)
     */
    static Names names(List<String[]> rows, long firstRow, List<SheetRows.Merge> merges) {
        int height = rows.size();
        long lastRow = firstRow + height - 1;
        int width = 0;
        for (String[] r : rows) {
            for (int c = r.length - 1; c >= 0; c--) {
                if (!clean(r[c]).isEmpty()) {
                    width = Math.max(width, c + 1);
                    break;
                }
            }
        }
        String[][] grid = new String[height][];
        for (int i = 0; i < height; i++) {
            grid[i] = Arrays.copyOf(rows.get(i), Math.max(rows.get(i).length, width));
        }
        for (SheetRows.Merge m : merges) {
            if (m.firstRow() < firstRow || m.firstRow() > lastRow) {
                continue; // starts above the header (a title) or below it (data)
            }
            int top = (int) (m.firstRow() - firstRow);
            String text = m.firstColumn() < grid[top].length ? clean(grid[top][m.firstColumn()]) : "";
            if (text.isEmpty()) {
                continue;
            }
            width = Math.max(width, m.lastColumn() + 1);
            for (int i = top; i < height && firstRow + i <= m.lastRow(); i++) {
                if (grid[i].length <= m.lastColumn()) {
                    grid[i] = Arrays.copyOf(grid[i], m.lastColumn() + 1);
                }
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    grid[i][c] = text;
                }
            }
        }
        List<String> names = new ArrayList<>(width);
        List<String> renamed = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            StringBuilder name = new StringBuilder();
            String previous = null;
            for (String[] row : grid) {
                String part = c < row.length ? clean(row[c]) : "";
                if (part.isEmpty() || part.equals(previous)) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append(" / ");
                }
                name.append(part);
                previous = part;
            }
            if (name.length() == 0) {
                String letter = CellRef.letters(c);
                renamed.add(letter + " (no header text)");
                names.add(letter);
            } else {
                names.add(name.toString());
            }
        }
        return new Names(distinct(names, renamed), List.copyOf(renamed));
    }

    private static List<String> distinct(List<String> names, List<String> renamed) {
        Set<String> taken = new HashSet<>(names);
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            int n = seen.merge(name, 1, Integer::sum);
            if (n == 1) {
                out.add(name);
                continue;
            }
            String unique = name + " (" + n + ")";
            while (!taken.add(unique)) {
                n++;
                unique = name + " (" + n + ")";
            }
            seen.put(name, n);
            renamed.add(unique);
            out.add(unique);
        }
        return List.copyOf(out);
    }

    static String clean(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return cell.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
