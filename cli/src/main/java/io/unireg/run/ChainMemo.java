package io.unireg.run;

import io.unireg.normalize.Outcome;

/**
 * One field chain's outcomes by input value, for one normalising thread. Registry columns repeat:
 * a million residents carry ~13k surnames, ~7k given names, 14 spellings of the sex and ~500 birth
 * places, and each of those values went through a chain of six functions once per row. A chain whose
 * steps read nothing but their input is a pure function of it (see {@link io.unireg.normalize.Normaliser}),
 * so its outcome — value or rejection — can be looked up instead of computed.
 *
 * <p>Direct-mapped (a value's slot holds the last value that hashed there): no eviction bookkeeping,
 * no allocation per lookup, a fixed footprint. Columns of mostly distinct values (tax numbers,
 * addresses) would only pay for hashing: after each window of lookups that mostly missed, the memo
 * stands aside for a longer stretch, then tries again in case the file's values change their spread.
 * Not thread-safe: each normalising thread keeps its own.
 */
final class ChainMemo {

    private static final int SLOTS = 1 << 13;
    /** Lookups judged together; a quarter of them must hit for the memo to stay on. */
    static final int WINDOW = 1 << 14;
    /** Values let through uncached after a window that mostly missed. */
    static final int REST = 1 << 18;

    private final String[] values = new String[SLOTS];
    private final Outcome[] outcomes = new Outcome[SLOTS];
    private int lookups;
    private int hits;
    private int resting;

    /** The remembered outcome of {@code value}, or {@code null} (not seen, overwritten, or the memo is resting). */
    Outcome find(String value) {
        if (resting > 0) {
            resting--;
            return null;
        }
        if (++lookups == WINDOW) {
            if (hits < WINDOW / 4) {
                resting = REST;
            }
            lookups = 0;
            hits = 0;
        }
        int slot = slot(value);
        if (value.equals(values[slot])) {
            hits++;
            return outcomes[slot];
        }
        return null;
    }

    /** Remembers the outcome {@code value} had (a no-op while resting). */
    void keep(String value, Outcome outcome) {
        if (resting == 0) {
            int slot = slot(value);
            values[slot] = value;
            outcomes[slot] = outcome;
        }
    }

    boolean resting() {
        return resting > 0;
    }

    private static int slot(String value) {
        int h = value.hashCode();
        return (h ^ (h >>> 13)) & (SLOTS - 1);
    }
}
