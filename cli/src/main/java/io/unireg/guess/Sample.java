package io.unireg.guess;

import io.unireg.normalize.RowContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows drawn evenly from the whole source (a reservoir sample), kept whole so a chain that reads
 * several columns, or a check across columns (RNOKPP against birth date), sees real rows.
 */
record Sample(List<String> columns, List<String[]> rows) {

    Sample {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    int index(String column) {
        return columns.indexOf(column);
    }

    /** The raw cells of one column, row by row. */
    List<String> values(String column) {
        int i = index(column);
        List<String> out = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            out.add(row[i]);
        }
        return out;
    }

    /** The cells that hold more than spaces. */
    List<String> present(String column) {
        List<String> out = new ArrayList<>();
        for (String v : values(column)) {
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    /** The first {@code n} rows (the sample is already spread over the file). */
    Sample head(int n) {
        return rows.size() <= n ? this : new Sample(columns, rows.subList(0, n));
    }

    /** The rows whose cell in {@code column} passes the test. */
    Sample where(String column, java.util.function.Predicate<String> test) {
        int i = index(column);
        return new Sample(columns, rows.stream().filter(r -> test.test(r[i])).toList());
    }

    /** The row as functions that read other columns see it (a header has a few dozen names at most). */
    RowContext context(String[] row) {
        return name -> {
            int i = columns.indexOf(name);
            return i < 0 ? null : row[i];
        };
    }
}
