package io.unireg.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sees every record the run writes and compares it with the last good run: which ids are new, which
 * changed (and in which fields), which are gone. Records arrive as the sinks get them: the schema's
 * fields, then unireg_id, cluster_id and the {@code sources} lineage. The lineage is fingerprinted
 * too, so a record that gained or lost members counts as updated. Memory per record: its id and one
 * hash; the fingerprints of new and changed records go to a spool file.
 */
public final class ChangeTracker implements AutoCloseable {

    private final PreviousState previous;
    private final StateStore store;
    private final List<String> fields;
    private final int fieldCount;
    private final IdAssigner.Assignment assignment;
    private final Set<String> splitAway = new HashSet<>();
    /**
     * This run's ids that the last good run had (or a run since that did not advance the state wrote): the only
     * ids anything asks about (which of those vanished), so a first run keeps none.
     */
    private final SeenIds kept;
    private final Map<String, String> members = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final KeyList applied = new KeyList();
    /** New ids as numbers: a first run inserts every record, and a million strings would not be small. */
    private final KeyList inserts = new KeyList();
    private final Spool spool;
    /** The record being observed: its fields' hashes, then its lineage's. */
    private final long[] hashes;
    private List<Change> finished;

    /**
     * @param fields     the schema's field names (the tracker adds {@code sources})
     * @param assignment the dedupe path's id assignment, or {@code null} when each row is its own record
     * @param spoolFile  where the new and changed fingerprints wait for the state to advance
     */
    public ChangeTracker(PreviousState previous, StateStore store, List<String> fields, IdAssigner.Assignment assignment,
                         Path spoolFile) throws IOException {
        this.previous = previous;
        this.store = store;
        this.fieldCount = fields.size();
        List<String> all = new ArrayList<>(fields);
        all.add("sources");
        this.fields = List.copyOf(all);
        this.assignment = assignment;
        this.spool = new Spool(spoolFile, fieldCount + 1);
        this.hashes = new long[fieldCount + 1];
        this.kept = new SeenIds(previous.golden());
        if (assignment != null) {
            for (int c = 0; c < assignment.ids().length; c++) {
                if (!assignment.kept()[c] && !assignment.fresh()[c]) {
                    splitAway.add(assignment.ids()[c]);
                }
            }
        }
    }

    /** The fingerprinted fields, in fingerprint order. */
    public List<String> fields() {
        return fields;
    }

    /** A cluster member of this run (dedupe path; without dedupe a record's id follows from its row and no members are kept). */
    public void member(String ref, String id) {
        members.put(ref, id);
    }

    /**
     * Records one written record; returns whether an incremental output must get it: it differs from the
     * last good run (new or changed), or a run since then that did not advance the state touched it.
     */
    public boolean observe(String[] row) throws IOException {
        String id = row[fieldCount];
        long key = IdHashes.key(id);
        boolean pending = !previous.pending().isEmpty() && previous.pending().contains(id);
        boolean apply = compare(id, key, pending, row) || pending;
        if (apply) {
            applied.add(key);
        }
        return apply;
    }

    private boolean compare(String id, long key, boolean pending, String[] row) throws IOException {
        for (int i = 0; i < fieldCount; i++) {
            hashes[i] = Fingerprint.hash(row[i]);
        }
        hashes[fieldCount] = Fingerprint.hash(row[fieldCount + 2]);
        long whole = Fingerprint.whole(hashes, fieldCount + 1);
        int at = previous.golden().indexOf(key);
        boolean known = at >= 0;
        if (known) {
            kept.seenAt(at);
        } else if (pending) {
            kept.add(key);
        }
        if (!known) {
            spool.add(key, whole, hashes);
            if (!splitAway.contains(id)) {
                inserts.add(key);
            }
            return true;
        }
        if (previous.golden().hashAt(at) == whole && previous.fields().equals(fields)) {
            return false;
        }
        spool.add(key, whole, hashes);
        List<String> changed = Fingerprint.changed(previous.fields(), store.fingerprint(id), fields,
                Fingerprint.stored(hashes, fieldCount + 1));
        changes.add(new Change(Change.Kind.UPDATE, id, List.of(), changed.isEmpty() ? fields : changed));
        return true;
    }

    /** Ids the incremental outputs must delete: in the last good run (or possibly written since) and not in this one. */
    public Set<String> vanished() {
        Set<String> gone = new TreeSet<>();
        for (long k : kept.unseen()) {
            gone.add(IdHashes.id(k));
        }
        for (String id : previous.pending()) {
            if (!kept.contains(id)) {
                gone.add(id);
            }
        }
        return gone;
    }

    /** Ids (keys) this run writes to or deletes from incremental outputs: until the state advances, they may differ there from it. */
    public long[] touched() {
        Set<String> gone = vanished();
        long[] keys = java.util.Arrays.copyOf(applied.toArray(), applied.size() + gone.size());
        int n = applied.size();
        for (String id : gone) {
            keys[n++] = IdHashes.key(id);
        }
        return keys;
    }

    /** The inserted ids, sorted (as numbers, which is their text order: fixed-width lowercase hex). */
    public long[] insertKeys() {
        long[] sorted = inserts.toArray();
        java.util.Arrays.sort(sorted);
        // Signed order puts the ids from 'u8…' up (negative numbers) first; text order puts them last.
        int p = 0;
        while (p < sorted.length && sorted[p] < 0) {
            p++;
        }
        long[] ordered = new long[sorted.length];
        System.arraycopy(sorted, p, ordered, 0, sorted.length - p);
        System.arraycopy(sorted, 0, ordered, sorted.length - p, p);
        return ordered;
    }

    /** The change set except inserts ({@link #insertKeys}), once every record is observed: sorted by change kind, then id. */
    public List<Change> changes() {
        if (finished != null) {
            return finished;
        }
        List<Change> all = new ArrayList<>(changes);
        Set<String> absorbed = new HashSet<>();
        if (assignment != null) {
            assignment.merges().forEach((id, others) -> {
                absorbed.addAll(others);
                all.add(new Change(Change.Kind.MERGE, id, others, List.of()));
            });
            assignment.splits().forEach((id, others) -> all.add(new Change(Change.Kind.SPLIT, id, others, List.of())));
        }
        for (String id : vanished()) {
            if (!absorbed.contains(id)) {
                all.add(new Change(Change.Kind.DELETE, id, List.of(), List.of()));
            }
        }
        all.sort(Comparator.comparing(Change::kind).thenComparing(Change::uniregId));
        finished = List.copyOf(all);
        return finished;
    }

    /** The state this run leaves when it succeeds (the spool is complete once this is called). */
    public StateStore.NextState next(String runId, Map<String, Long> sourceRows, Map<String, String> watermarks,
                                     Map<String, RowCache.Ref> rowCaches, String manifest) throws IOException {
        spool.close();
        return new StateStore.NextState(runId, fields, kept, spool.file(), members, sourceRows, watermarks, rowCaches, manifest);
    }

    /** Removes the spool file. */
    @Override
    public void close() {
        try {
            spool.close();
            Files.deleteIfExists(spool.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
