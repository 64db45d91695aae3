package io.unireg.sink.jdbc;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a PostgreSQL COPY load ({@link CopyLoader}), rendered once: the COPY commands, the
 * temporary staging table, and the merges from it into the table.
 *
 * <p>A merge updates a row only when one of its columns differs ({@code … DO UPDATE SET … WHERE (…) IS
 * DISTINCT FROM (…)}): a nightly upsert where most records are unchanged then writes no new row
 * version, no index entry and no WAL for them (measured: 10.9 s of server CPU instead of 17.5 s for a
 * million unchanged records). The table ends the same; only an unchanged row keeps its old version
 * (no {@code UPDATE} trigger fires for it, its {@code xmin} stays).
 */
final class UpsertSql {

    static final String STAGING = "unireg_load";
    static final String SEQ = "unireg_load_seq";
    private static final String ALIAS = "unireg_target";

    private final String target;
    private final String colList;
    private final String keyList;
    private final String onConflict;
    private final String addKey;

    UpsertSql(DSLContext r, TableDesign design, String table) {
        this.target = r.render(TableDesign.name(table));
        List<String> cols = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> old = new ArrayList<>();
        List<String> incoming = new ArrayList<>();
        for (Column c : design.columns()) {
            String q = r.render(DSL.name(c.name()));
            cols.add(q);
            if (design.key().contains(c.name())) {
                keys.add(q);
            } else {
                sets.add(q + " = excluded." + q);
                old.add(ALIAS + "." + q);
                incoming.add("excluded." + q);
            }
        }
        this.colList = String.join(", ", cols);
        this.keyList = String.join(", ", keys);
        this.onConflict = " on conflict (" + keyList + ") do " + (sets.isEmpty() ? "nothing"
                : "update set " + String.join(", ", sets) + " where (" + String.join(", ", old)
                + ") is distinct from (" + String.join(", ", incoming) + ")");
        this.addKey = keys.isEmpty() ? null : r.render(design.addKey(r, table));
    }

    String target() {
        return target;
    }

    String copyIntoTarget() {
        return "copy " + target + " (" + colList + ") from stdin";
    }

    String copyIntoStaging() {
        return "copy " + STAGING + " (" + colList + ") from stdin";
    }

    /** The primary key the table was created without; {@code null} when the table has no key. */
    String addKey() {
        return addKey;
    }

    /** The session's staging table, empty; {@value #SEQ} numbers its rows in the order they came. */
    List<String> createStaging() {
        return List.of(
                "create temporary table if not exists " + STAGING + " (like " + target + " including defaults) on commit drop",
                "alter table " + STAGING + " add column if not exists " + SEQ + " bigserial",
                "truncate " + STAGING);
    }

    /** The chunk into the table, when no key is in it twice. */
    String merge() {
        return "insert into " + target + " as " + ALIAS + " (" + colList + ") select " + colList + " from " + STAGING + onConflict;
    }

    /** The chunk into the table, the last row of each key only. */
    String mergeLastOfEachKey() {
        return "insert into " + target + " as " + ALIAS + " (" + colList + ") select distinct on (" + keyList + ") " + colList
                + " from " + STAGING + " order by " + keyList + ", " + SEQ + " desc" + onConflict;
    }

    String clearStaging() {
        return "truncate " + STAGING;
    }
}
