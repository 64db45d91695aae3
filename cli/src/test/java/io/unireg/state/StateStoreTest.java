package io.unireg.state;

import io.unireg.dedupe.StableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateStoreTest {

    private static final List<String> FIELDS = List.of("surname", "city");

    @TempDir
    Path dir;

    /** A record as the sinks hand it over: the fields, then unireg_id, cluster_id and sources. */
    private static String[] row(int i, String surname) {
        String id = StableId.of("people", Integer.toString(i));
        return new String[]{surname, i % 2 == 0 ? "Харків" : null, id, id, "people:" + i};
    }

    /** One run of {@code rows} through a tracker; the state advanced. Returns the change set. */
    private List<Change> run(StateStore store, List<String[]> rows) throws IOException {
        PreviousState previous = store.load(false);
        try (ChangeTracker tracker = new ChangeTracker(previous, store, FIELDS, null, dir.resolve("golden.spool"))) {
            for (String[] r : rows) {
                tracker.observe(r);
            }
            List<Change> changes = new ArrayList<>(tracker.changes());
            for (long k : tracker.insertKeys()) {
                changes.add(new Change(Change.Kind.INSERT, IdHashes.id(k), List.of(), List.of()));
            }
            store.closeReader();
            store.advance(previous, tracker.next("run-" + rows.size(), Map.of("people", (long) rows.size()), Map.of(), Map.of(), "{}"));
            return changes;
        }
    }

    @Test
    void aFirstRunStoresEveryRecordInKeyOrderAndTheNextNamesWhatChanged() throws Exception {
        StateStore store = new StateStore(dir.resolve("state.sqlite"));
        List<String[]> night1 = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) { // more than one spool chunk
            night1.add(row(i, "Іваненко" + i));
        }
        assertThat(run(store, night1)).hasSize(50_000).allMatch(c -> c.kind() == Change.Kind.INSERT);
        List<long[]> stored = golden(dir);
        assertThat(stored).hasSize(50_000);
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i)[0]).as("ascending keys").isGreaterThan(stored.get(i - 1)[0]);
        }
        try (GoldenFile.Cursor c = new GoldenFile.Cursor(goldenPath(dir))) {
            assertThat(c.fieldBytes()).as("4 bytes for each field and the lineage").isEqualTo(12);
        }
        List<String[]> night2 = new ArrayList<>(night1.subList(1, night1.size()));
        night2.set(0, row(1, "Петренко"));
        night2.add(row(50_000, "Новенко"));
        List<Change> changes = run(store, night2);
        assertThat(changes).extracting(Change::kind, Change::uniregId, Change::changedFields).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Change.Kind.UPDATE, row(1, "")[2], List.of("surname")),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.DELETE, row(0, "")[2], List.of()),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.INSERT, row(50_000, "")[2], List.of()));
        PreviousState after = store.load(false);
        assertThat(after.golden().size()).isEqualTo(50_000);
        assertThat(after.golden().contains(row(0, "")[2])).isFalse();
        Path kept = goldenPath(dir);
        assertThat(run(store, night2)).as("the same night again changes nothing").isEmpty();
        assertThat(goldenPath(dir)).as("a night without changes keeps the golden file").isEqualTo(kept);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("golden-")))
                    .as("the last good run's golden file only").containsExactly(goldenPath(dir).getFileName().toString());
        }
    }

    /** The golden-records file the store names. */
    private static Path goldenPath(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("state.sqlite")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select value from meta where key = 'golden'")) {
            assertThat(rs.next()).as("the store names a golden file").isTrue();
            return dir.resolve(rs.getString(1));
        }
    }

    /** The stored golden records: key, whole hash. */
    private static List<long[]> golden(Path dir) throws Exception {
        List<long[]> rows = new ArrayList<>();
        try (GoldenFile.Cursor c = new GoldenFile.Cursor(goldenPath(dir))) {
            while (c.next()) {
                rows.add(new long[]{c.key, c.whole});
            }
        }
        return rows;
    }

    @Test
    void anIdWrittenTwiceInOneRunKeepsTheLastFingerprint() throws Exception {
        StateStore store = new StateStore(dir.resolve("state.sqlite"));
        List<String[]> night = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            night.add(row(i, "Бондар" + i));
        }
        night.add(row(7, "Останній"));
        run(store, night);
        List<long[]> stored = golden(dir);
        assertThat(stored).hasSize(100);
        long[] h = {Fingerprint.hash("Останній"), Fingerprint.hash(null), Fingerprint.hash("people:7")};
        assertThat(stored).filteredOn(g -> g[0] == IdHashes.key(row(7, "")[2])).singleElement()
                .satisfies(g -> assertThat(g[1]).isEqualTo(Fingerprint.whole(h, 3)));
    }

    @Test
    void aKilledRunsGoldenFileIsLeftUnnamedAndACutFileIsAnError() throws Exception {
        StateStore store = new StateStore(dir.resolve("state.sqlite"));
        List<String[]> night = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            night.add(row(i, "Шевченко" + i));
        }
        run(store, night);
        Path named = goldenPath(dir);
        java.nio.file.Files.write(dir.resolve("golden-killed.bin.tmp"), new byte[]{1, 2, 3});
        assertThat(store.load(false).golden().size()).isEqualTo(1000);
        List<String[]> next = new ArrayList<>(night);
        next.set(3, row(3, "Франко"));
        assertThat(run(store, next)).extracting(Change::kind).containsExactly(Change.Kind.UPDATE);
        assertThat(named).as("the previous golden file is removed once the state names the new one").doesNotExist();
        assertThat(dir.resolve("golden-killed.bin.tmp")).doesNotExist();

        Path now = goldenPath(dir);
        byte[] whole = java.nio.file.Files.readAllBytes(now);
        java.nio.file.Files.write(now, java.util.Arrays.copyOf(whole, whole.length - 40));
        assertThatThrownBy(() -> store.load(false)).isInstanceOf(IOException.class)
                .hasMessageContaining(now.getFileName().toString()).hasMessageContaining("not a complete golden-records file");
        java.nio.file.Files.delete(now);
        assertThatThrownBy(() -> store.load(false)).isInstanceOf(IOException.class)
                .hasMessageContaining(now.getFileName() + ", is missing").hasMessageNotContaining("\n");
    }

    /** Format 1's layout and fingerprints (8 bytes per field hash), as unireg wrote them before format 2. */
    private static void writeFormatOne(Path file, List<String[]> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("create table meta(key text primary key, value text not null)");
            s.execute("create table golden(unireg_id text primary key, fingerprint blob not null) without rowid");
            s.execute("create table member(ref text primary key, unireg_id text not null) without rowid");
            s.execute("create table source(source text primary key, rows_read integer not null, watermark text)");
            s.execute("create table pending(unireg_id text primary key) without rowid");
            s.execute("insert into meta values ('format', '1'), ('run_id', '2026-12-01T01:00:00Z'), ('fields', 'surname\tcity\tsources'),"
                    + " ('manifest', '{}')");
            s.execute("insert into source values ('people', " + rows.size() + ", null)");
            s.execute("insert into pending values ('" + rows.get(0)[2] + "')");
            try (PreparedStatement p = c.prepareStatement("insert into golden values (?, ?)")) {
                for (String[] r : rows) {
                    ByteBuffer b = ByteBuffer.allocate(24);
                    b.putLong(Fingerprint.hash(r[0])).putLong(Fingerprint.hash(r[1])).putLong(Fingerprint.hash(r[4]));
                    p.setString(1, r[2]);
                    p.setBytes(2, b.array());
                    p.executeUpdate();
                }
            }
        }
    }

    @Test
    void aFormatOneStoreIsUpgradedInPlaceAndTheNextNightSeesNoSpuriousChange() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row(i, "Коваль" + i));
        }
        Path file = dir.resolve("state.sqlite");
        writeFormatOne(file, rows);
        StateStore store = new StateStore(file);
        PreviousState previous = store.load(false);
        assertThat(previous.runId()).isEqualTo("2026-12-01T01:00:00Z");
        assertThat(previous.golden().size()).isEqualTo(300);
        assertThat(previous.pending()).containsExactly(rows.get(0)[2]);
        assertThat(previous.sourceRows()).containsEntry("people", 300L);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select value from meta where key = 'format'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(Integer.toString(StateStore.FORMAT));
        }
        List<long[]> upgraded = golden(dir);
        assertThat(upgraded).hasSize(300);
        for (long[] g : upgraded) {
            String[] r = rows.stream().filter(x -> IdHashes.key(x[2]) == g[0]).findFirst().orElseThrow();
            long[] h = {Fingerprint.hash(r[0]), Fingerprint.hash(r[1]), Fingerprint.hash(r[4])};
            assertThat(g[1]).as("format 1's whole hash, folded the same way").isEqualTo(Fingerprint.whole(h, 3));
        }
        List<String[]> next = new ArrayList<>(rows);
        next.set(5, row(5, "Зміненко"));
        assertThat(run(store, next)).extracting(Change::kind, Change::uniregId, Change::changedFields)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.UPDATE, rows.get(5)[2], List.of("surname")));
    }

    /** Format 2's layout, as unireg wrote it before format 3: the golden records in a table. */
    private static void writeFormatTwo(Path file, List<String[]> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("create table meta(key text primary key, value text not null)");
            s.execute(StateStore.GOLDEN);
            s.execute("create table member(ref text primary key, unireg_id text not null) without rowid");
            s.execute("create table source(source text primary key, rows_read integer not null, watermark text)");
            s.execute(StateStore.PENDING);
            s.execute("insert into meta values ('format', '2'), ('run_id', '2026-12-01T01:00:00Z'), ('fields', 'surname\tcity\tsources'),"
                    + " ('manifest', '{}')");
            s.execute("insert into source values ('people', " + rows.size() + ", null)");
            try (PreparedStatement p = c.prepareStatement("insert into golden values (?, ?, ?)")) {
                for (String[] r : rows) {
                    long[] h = {Fingerprint.hash(r[0]), Fingerprint.hash(r[1]), Fingerprint.hash(r[4])};
                    p.setLong(1, IdHashes.key(r[2]));
                    p.setLong(2, Fingerprint.whole(h, 3));
                    p.setBytes(3, Fingerprint.stored(h, 3));
                    p.executeUpdate();
                }
            }
        }
    }

    @Test
    void aFormatTwoStoreMovesItsGoldenTableIntoAFileAndTheNextNightSeesOnlyRealChanges() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(row(i, "Мельник" + i));
        }
        Path file = dir.resolve("state.sqlite");
        writeFormatTwo(file, rows);
        StateStore store = new StateStore(file);
        PreviousState previous = store.load(false);
        assertThat(previous.golden().size()).isEqualTo(500);
        assertThat(format(file)).isEqualTo(Integer.toString(StateStore.FORMAT));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from sqlite_master where name = 'golden'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the table is gone").isZero();
        }
        assertThat(golden(dir)).hasSize(500);

        List<String[]> next = new ArrayList<>(rows.subList(0, 499)); // the last one is gone
        next.set(10, new String[]{rows.get(10)[0], "Львів", rows.get(10)[2], rows.get(10)[3], rows.get(10)[4]});
        assertThat(run(store, next)).extracting(Change::kind, Change::uniregId, Change::changedFields).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Change.Kind.UPDATE, rows.get(10)[2], List.of("city")),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.DELETE, rows.get(499)[2], List.of()));
        assertThat(golden(dir)).hasSize(499);
        assertThat(run(store, next)).isEmpty();
    }

    private static String format(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select value from meta where key = 'format'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aStoreFromANewerUniregIsAOneLineErrorSayingWhatToDo() throws Exception {
        Path file = dir.resolve("state.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("create table meta(key text primary key, value text not null)");
            s.execute("insert into meta values ('format', '99'), ('run_id', 'r')");
        }
        assertThatThrownBy(() -> new StateStore(file).load(false)).isInstanceOf(IOException.class)
                .hasMessageContaining("state store format 99 is newer than this unireg understands (" + StateStore.FORMAT + ")")
                .hasMessageContaining("move " + dir + " away")
                .hasMessageNotContaining("\n");
    }
}
