package io.unireg.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@code from,to} table for {@code map}, read through {@link ReferenceCsv}. */
final class LookupFile {

    private LookupFile() {
    }

    static Map<String, String> read(ArgReader args, String file) {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(args, file, List.of("from", "to"));
        Map<String, String> out = new LinkedHashMap<>();
        for (ReferenceCsv.Row row : rows) {
            if (row.cells().size() != 2) {
                throw args.error(file + " line " + row.line() + ": expected 2 columns from,to, found " + row.cells().size());
            }
            // Keys are matched as written (map trims the value it looks up, not the table).
            String key = row.cells().get("from");
            String to = row.cells().get("to");
            String previous = out.put(key, to);
            if (previous != null && !previous.equals(to)) {
                throw args.error(file + " line " + row.line() + ": " + Spaces.quote(key) + " is mapped twice, to different values");
            }
        }
        return out;
    }
}
