package io.unireg.state;

/**
 * The ids of this run that the last good run had, as one bit per slot of the last good run's table
 * (which nothing changes during a run), and the few others it must remember (ids a run that did not
 * advance the state may have written). A table of its own cost 32 MB for a million records, kept
 * in the old generation all run, and a second random access per record.
 */
public final class SeenIds {

    private final IdHashes previous;
    private final long[] bits;
    private final IdHashes others = new IdHashes();
    private int size;

    SeenIds(IdHashes previous) {
        this.previous = previous;
        this.bits = new long[(previous.indexes() + 63) / 64];
    }

    /** Notes an id by the index {@link IdHashes#indexOf} gave in the last good run's table. */
    void seenAt(int index) {
        long bit = 1L << index;
        if ((bits[index >>> 6] & bit) == 0) {
            bits[index >>> 6] |= bit;
            size++;
        }
    }

    /** Notes an id by its key, wherever it is. */
    void add(long key) {
        int index = previous.indexOf(key);
        if (index >= 0) {
            seenAt(index);
        } else if (!others.containsKey(key)) {
            others.put(key, 0);
            size++;
        }
    }

    public boolean containsKey(long key) {
        int index = previous.indexOf(key);
        return index >= 0 ? (bits[index >>> 6] & (1L << index)) != 0 : others.containsKey(key);
    }

    public boolean contains(String id) {
        return containsKey(IdHashes.key(id));
    }

    public int size() {
        return size;
    }

    /** The last good run's keys this run has not seen, ascending (signed). */
    long[] unseen() {
        return previous.keysWhere(i -> (bits[i >>> 6] & (1L << i)) == 0);
    }
}
