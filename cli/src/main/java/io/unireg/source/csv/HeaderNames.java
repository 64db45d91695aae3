package io.unireg.source.csv;

import io.unireg.source.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks and cleans a header row: names kept as written, only trimmed and freed of a stray BOM. */
final class HeaderNames {

    private static final char BOM = '\uFEFF';

    private HeaderNames() {
    }

    static List<String> check(Path file, long line, String[] cells) throws SourceException {
        int count = cells.length;
        // A trailing delimiter leaves an empty last name; the rows get the same tolerance.
        if (count > 1 && clean(cells[count - 1]).isEmpty()) {
            count--;
        }
        List<String> names = new ArrayList<>(count);
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = clean(cells[i]);
            int column = i + 1;
            if (name.isEmpty()) {
                throw SourceException.at(file, line, "empty column name (column " + column + ")");
            }
            Integer earlier = firstColumn.putIfAbsent(name, column);
            if (earlier != null) {
                throw SourceException.at(file, line,
                    "duplicate column name '" + name + "' (columns " + earlier + " and " + column + ")");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static String clean(String raw) {
        String name = raw.strip();
        while (!name.isEmpty() && name.charAt(0) == BOM) {
            name = name.substring(1).strip();
        }
        return name;
    }
}
