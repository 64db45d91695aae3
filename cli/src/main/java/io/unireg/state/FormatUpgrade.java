package io.unireg.state;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites an older state store in the current format the first time a newer unireg opens it, one
 * step at a time, each in one transaction: a run killed meanwhile leaves the older format, opened
 * again next time. Format 1 (text ids, 8 bytes per field hash) becomes format 2 (the ids' numbers,
 * 4 bytes per field, in SQLite's golden table); format 2's table becomes format 3's {@link GoldenFile}.
 * Exact: the same 64-bit field hashes and the same fold into the whole hash, so the night after the
 * upgrade reports the same changes it would have before.
 */
final class FormatUpgrade {

    private FormatUpgrade() {
    }

    /** The format the store says it has; {@code null} before its first good run. */
    static String format(Connection c) throws SQLException {
        return meta(c, "format");
    }

    /** The meta table's value for {@code key}, or {@code null}. */
    static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select value from meta where key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Upgrades the tables that still have format 1's layout (any store a run of unireg 1 touched); a no-op otherwise. */
    static void fromOne(Connection c) throws SQLException {
        boolean golden = hasColumn(c, "golden", "unireg_id");
        boolean pending = hasColumn(c, "pending", "unireg_id");
        if (!golden && !pending) {
            return;
        }
        inTransaction(c, s -> {
            if (golden) {
                s.execute("alter table golden rename to golden_1");
                s.execute(StateStore.GOLDEN);
                try (PreparedStatement put = c.prepareStatement("insert into golden(id, hash, fields) values (?, ?, ?)")) {
                    // Text order of the ids is unsigned order of their numbers; the new table's is signed: 'u8'… first.
                    copyGolden(c, put, "unireg_id >= 'u8'");
                    copyGolden(c, put, "unireg_id < 'u8'");
                }
                s.execute("drop table golden_1");
            }
            if (pending) {
                s.execute("alter table pending rename to pending_1");
                s.execute(StateStore.PENDING);
                try (PreparedStatement put = c.prepareStatement("insert or ignore into pending(id) values (?)");
                     ResultSet rs = s.executeQuery("select unireg_id from pending_1")) {
                    while (rs.next()) {
                        put.setLong(1, IdHashes.key(rs.getString(1)));
                        put.executeUpdate();
                    }
                }
                s.execute("drop table pending_1");
            }
            s.executeUpdate("update meta set value = '2' where key = 'format'"); // fromTwo goes on from there
        });
    }

    /** Moves format 2's golden table into a {@link GoldenFile} in {@code folder}; a no-op for any other store. */
    static void fromTwo(Connection c, Path folder) throws SQLException, IOException {
        if (!hasColumn(c, "golden", "fields")) {
            return;
        }
        String name = "golden-format2.bin";
        String fields = meta(c, "fields");
        int fieldBytes = fields == null ? 0 : Fingerprint.FIELD_BYTES * fields.split("\t", -1).length;
        try (GoldenFile.Writer out = new GoldenFile.Writer(folder.resolve(name), fieldBytes);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, hash, fields from golden order by id")) {
            while (rs.next()) {
                // Every record of a good run has that run's fields; a shorter one (never written so) is padded, a field it lacks then differs.
                out.add(rs.getLong(1), rs.getLong(2), java.util.Arrays.copyOf(rs.getBytes(3), fieldBytes));
            }
            out.commit();
        }
        inTransaction(c, s -> {
            s.executeUpdate("insert or replace into meta(key, value) values ('" + StateStore.GOLDEN_FILE + "', '" + name + "')");
            s.execute("drop table golden");
            s.executeUpdate("update meta set value = '3' where key = 'format'");
        });
    }

    private interface Work {
        void run(Statement s) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it or, after any failure, none. */
    private static void inTransaction(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            work.run(s);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void copyGolden(Connection c, PreparedStatement put, String where) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select unireg_id, fingerprint from golden_1 where " + where + " order by unireg_id")) {
            int n = 0;
            while (rs.next()) {
                byte[] old = rs.getBytes(2);
                long[] hashes = new long[old.length / 8];
                for (int i = 0; i < hashes.length; i++) {
                    for (int b = 0; b < 8; b++) {
                        hashes[i] = hashes[i] << 8 | (old[8 * i + b] & 0xff);
                    }
                }
                put.setLong(1, IdHashes.key(rs.getString(1)));
                put.setLong(2, Fingerprint.whole(hashes, hashes.length));
                put.setBytes(3, Fingerprint.stored(hashes, hashes.length));
                put.addBatch();
                if (++n % 5000 == 0) {
                    put.executeBatch();
                }
            }
            put.executeBatch();
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("pragma table_info(" + table + ")")) {
            while (rs.next()) {
                if (column.equals(rs.getString("name"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
