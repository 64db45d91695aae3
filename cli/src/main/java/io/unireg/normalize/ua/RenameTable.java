package io.unireg.normalize.ua;

import io.unireg.normalize.ReferenceCsv;
import io.unireg.normalize.ArgReader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Old street and settlement names → current ones, from a renames CSV: {@code old_name, new_name}
 * required; {@code settlement} (where the street is; empty = anywhere), {@code date} (of the
 * decision, informative), {@code street_type} (the type after renaming, when it changed),
 * {@code old_street_type}, {@code old_name_ru} and {@code new_name_ru} (Russian spellings that
 * meet the same row), {@code kind} ({@code street}, the default, or {@code settlement}) optional.
 * Names are matched by {@link StreetNameKey}. Only the rows of the job's settlement are kept, so
 * one name renamed differently in two cities is no conflict; a conflict within them is an error.
 */
final class RenameTable {

    static final List<String> REQUIRED = List.of("old_name", "new_name");

    /** Where an old name leads; {@code type} is null when the street keeps its type. */
    record Target(String name, String type, String oldType) {
    }

    private final Map<String, Target> streets;
    private final Map<String, Target> settlements;

    private RenameTable(Map<String, Target> streets, Map<String, Target> settlements) {
        this.streets = streets;
        this.settlements = settlements;
    }

    static RenameTable fromFile(ArgReader args, String file, String settlement) {
        String wanted = settlement == null ? null : StreetNameKey.of(settlement);
        Map<String, Target> streets = new HashMap<>();
        Map<String, Target> settlements = new HashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(args, file, REQUIRED)) {
            String where = file + " line " + row.line();
            String rowSettlement = row.get("settlement");
            if (wanted != null && !rowSettlement.isEmpty() && !StreetNameKey.of(rowSettlement).equals(wanted)) {
                continue;
            }
            String kind = row.get("kind").isEmpty() ? "street" : row.get("kind");
            if (!kind.equals("street") && !kind.equals("settlement")) {
                throw args.error(where + ": kind is street or settlement, found '" + kind + "'");
            }
            String newName = row.get("new_name");
            if (newName.isEmpty() || (row.get("old_name").isEmpty() && row.get("new_name_ru").isEmpty())) {
                throw args.error(where + ": new_name and old_name (or new_name_ru) are needed");
            }
            String type = type(args, where, row.get("street_type"));
            String oldType = type(args, where, row.get("old_street_type"));
            Target target = new Target(newName, type, oldType);
            Map<String, Target> into = kind.equals("street") ? streets : settlements;
            for (String column : new String[] {"old_name", "old_name_ru", "new_name_ru"}) {
                String name = row.get(column);
                if (!name.isEmpty()) {
                    put(args, where, into, name, target);
                }
            }
        }
        return new RenameTable(Map.copyOf(streets), Map.copyOf(settlements));
    }

    static RenameTable inline(ArgReader args, Map<String, String> table) {
        Map<String, Target> streets = new HashMap<>();
        table.forEach((from, to) -> {
            if (to == null || to.isBlank()) {
                throw args.error("table: the new name for '" + from + "' is empty");
            }
            put(args, "table", streets, from, new Target(to.strip(), null, null));
        });
        return new RenameTable(Map.copyOf(streets), Map.of());
    }

    private static String type(ArgReader args, String where, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String type = StreetTypes.canonical(text);
        if (type == null) {
            throw args.error(where + ": unknown street type '" + text + "'");
        }
        return type;
    }

    private static void put(ArgReader args, String where, Map<String, Target> into, String name, Target target) {
        Target before = into.putIfAbsent(StreetNameKey.of(name), target);
        if (before != null && !before.equals(target)) {
            throw args.error(where + ": '" + name + "' already renamed to '" + before.name()
                    + "'; give settlement: to choose one city's renames");
        }
    }

    /** The renamed street, or null; a street whose old type the table names must have that type. */
    Target street(String name, String type) {
        Target target = streets.get(StreetNameKey.cached(name));
        if (target == null || (target.oldType() != null && type != null && !type.equals(target.oldType())
                && !(type.equals(StreetTypes.AMBIGUOUS_PR) && target.oldType().equals(StreetTypes.PROSPECT)))) {
            return null;
        }
        return target;
    }

    Target settlement(String name) {
        return settlements.get(StreetNameKey.cached(name));
    }
}
