package io.unireg.normalize.ua;

import io.unireg.normalize.ReferenceCsv;
import io.unireg.normalize.ArgReader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A settlement's streets, to tell проспект from проїзд behind the ambiguous {@code пр.}: a CSV with a
 * {@code type} column and one or more columns whose names start with {@code name} (name, name_uk,
 * name_ru …) — the generator's kharkiv-streets.csv is one.
 */
final class StreetList {

    private final Map<String, Set<String>> typesByName;

    private StreetList(Map<String, Set<String>> typesByName) {
        this.typesByName = typesByName;
    }

    static StreetList read(ArgReader args, String file) {
        Map<String, Set<String>> byName = new HashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(args, file, List.of("type"))) {
            String type = StreetTypes.canonical(row.get("type"));
            if (type == null) {
                throw args.error(file + " line " + row.line() + ": unknown street type '" + row.get("type") + "'");
            }
            row.cells().forEach((column, value) -> {
                if (column.startsWith("name") && !value.isBlank()) {
                    byName.computeIfAbsent(StreetNameKey.of(value), k -> new HashSet<>()).add(type);
                }
            });
        }
        return new StreetList(byName);
    }

    /** The type {@code пр.} stands for before this name: проспект or проїзд when the list knows only one of them here. */
    String resolvePr(String name) {
        Set<String> types = typesByName.getOrDefault(StreetNameKey.of(name), Set.of());
        boolean prospect = types.contains(StreetTypes.PROSPECT);
        boolean proyizd = types.contains(StreetTypes.PROYIZD);
        if (proyizd && !prospect) {
            return StreetTypes.PROYIZD;
        }
        return StreetTypes.PROSPECT;
    }
}
