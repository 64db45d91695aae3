package io.unireg.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts {@code links.csv} rows per cluster id without holding a million strings: the run's own ids
 * ({@code u} and 16 hex digits, see run/StableId) are kept as longs — exact, since the 64 bits are the
 * id — and any other spelling falls back to a map of strings.
 *
 * <p>The longs are appended, not looked up: a table keyed by id took a cache miss or two per link
 * (a million ids spread over 24 MB), about half the links writer's time. Blocks of 64k ids are sorted
 * as they fill — while they are still in the cache — and merged as they come, two runs of the same
 * size at a time (a binary counter of blocks: each id is merged about log2(blocks) times, on the links
 * writer, which has time to spare). When the figures are asked for, at the end of a run, a handful of
 * runs are left to merge: a heap over the sixteen blocks of a 1M-row run took 38-57 ms there, on one
 * core, with nothing else to do. Runs stop growing at {@link #MOST_MERGED} ids, so memory stays at 8
 * bytes per link and 8 MB more for a merge; past a million links the last runs are walked in one merged
 * order (a heap of the runs by their next id) rather than copied into one array.
 */
final class ClusterCounter {

    private static final int BLOCK = 1 << 16;
    /** The longest run merging makes: 16 blocks, 8 MB. */
    static final int MOST_MERGED = 16 * BLOCK;
    /** Cluster sizes up to this are tallied in an array; larger ones (rare) in a map. */
    private static final int SMALL = 64;

    private final List<long[]> sorted = new ArrayList<>();
    private long[] block = new long[BLOCK];
    private final long[] scratch = new long[BLOCK];
    private int filled;
    private final Map<String, Integer> other = new HashMap<>();
    /** The figures of the ids added so far, or null after an add. */
    private Figures figures;

    private record Figures(long clusters, Map<Integer, Long> sizes) {
    }

    void add(String clusterId) {
        figures = null;
        if (clusterId.length() == 17 && clusterId.charAt(0) == 'u') {
            long id = parseHex(clusterId);
            if (id != -1 || "uffffffffffffffff".equals(clusterId)) {
                block[filled++] = id;
                if (filled == BLOCK) {
                    sort(block, BLOCK, scratch);
                    push(sorted, block);
                    block = new long[BLOCK];
                    filled = 0;
                }
                return;
            }
        }
        other.merge(clusterId, 1, Integer::sum);
    }

    /** Number of distinct clusters. */
    long clusters() {
        return figures().clusters();
    }

    /** Cluster size → number of clusters of that size. */
    Map<Integer, Long> sizes() {
        return figures().sizes();
    }

    private Figures figures() {
        if (figures == null) {
            long[] small = new long[SMALL + 1];
            Map<Integer, Long> sizes = new TreeMap<>();
            long[] clusters = {0};
            sort(block, filled, scratch); // later adds fill the rest; a full block is sorted again
            List<long[]> runs = new ArrayList<>(sorted);
            runs.add(Arrays.copyOf(block, filled));
            // The smallest runs are last: merged from there, each id is copied a few times at most.
            mergeTail(runs, false);
            merge(runs, size -> {
                tally(size, small, sizes);
                clusters[0]++;
            });
            for (int n : other.values()) {
                tally(n, small, sizes);
                clusters[0]++;
            }
            for (int n = 1; n <= SMALL; n++) {
                if (small[n] > 0) {
                    sizes.put(n, small[n]);
                }
            }
            figures = new Figures(clusters[0], sizes);
        }
        return figures;
    }

    /**
     * Adds a sorted run, then merges the last two runs while the last is at least as long as the one
     * before it and the two make no more than {@link #MOST_MERGED} ids: the runs' lengths then halve
     * (at least) from first to last, after any of the longest length.
     */
    private static void push(List<long[]> runs, long[] run) {
        runs.add(run);
        mergeTail(runs, true);
    }

    /**
     * Merges the last two runs into one while the two make no more than {@link #MOST_MERGED} ids and,
     * when {@code caughtUp}, the last is at least as long as the one before it.
     */
    private static void mergeTail(List<long[]> runs, boolean caughtUp) {
        int k;
        while ((k = runs.size()) >= 2 && (!caughtUp || runs.get(k - 2).length <= runs.get(k - 1).length)
                && runs.get(k - 2).length + runs.get(k - 1).length <= MOST_MERGED) {
            long[] last = runs.remove(k - 1);
            runs.set(k - 2, merge(runs.get(k - 2), last));
        }
    }

    private interface Sizes {
        void cluster(int size);
    }

    /**
     * Walks the sorted runs in one merged order (a heap of the runs by their next id), handing on the
     * length of each stretch of equal ids: no array of every id at once.
     */
    private static void merge(List<long[]> runs, Sizes out) {
        int k = 0;
        long[][] run = new long[runs.size()][];
        for (long[] r : runs) {
            if (r.length > 0) {
                run[k++] = r;
            }
        }
        int[] at = new int[k];
        int[] heap = new int[k];
        for (int i = 0; i < k; i++) {
            heap[i] = i;
        }
        for (int i = k / 2 - 1; i >= 0; i--) {
            down(heap, k, i, run, at);
        }
        long previous = 0;
        int count = 0;
        while (k > 0) {
            int r = heap[0];
            long id = run[r][at[r]];
            if (count > 0 && id == previous) {
                count++;
            } else {
                if (count > 0) {
                    out.cluster(count);
                }
                previous = id;
                count = 1;
            }
            if (++at[r] == run[r].length) {
                heap[0] = heap[--k];
            }
            down(heap, k, 0, run, at);
        }
        if (count > 0) {
            out.cluster(count);
        }
    }

    private static void down(int[] heap, int size, int i, long[][] run, int[] at) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && run[heap[left]][at[heap[left]]] < run[heap[smallest]][at[heap[smallest]]]) {
                smallest = left;
            }
            if (right < size && run[heap[right]][at[heap[right]]] < run[heap[smallest]][at[heap[smallest]]]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
    }

    /** Two sorted runs as one. */
    static long[] merge(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < a.length && j < b.length) {
            out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, out, o, a.length - i);
        System.arraycopy(b, j, out, o + a.length - i, b.length - j);
        return out;
    }

    /**
     * Sorts {@code a[0, n)} ascending as signed longs (the order {@link #merge} compares in): eight
     * passes of a byte each through {@code scratch} (LSD radix), the last with the sign bit flipped.
     * Not {@code Arrays.sort}: its dual-pivot quicksort is a large method the JIT compiled six times
     * in a 1M-row run (~0.1 s of C2 while C2 is what the rows wait for), and it takes ~4 ms a block
     * where this takes ~1.
     */
    static void sort(long[] a, int n, long[] scratch) {
        int[] count = new int[257];
        long[] from = a;
        long[] to = scratch;
        for (int shift = 0; shift < 64; shift += 8) {
            int flip = shift == 56 ? 0x80 : 0;
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[((int) (from[i] >>> shift) & 0xFF ^ flip) + 1]++;
            }
            for (int d = 0; d < 256; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                long v = from[i];
                to[count[(int) (v >>> shift) & 0xFF ^ flip]++] = v;
            }
            long[] t = from;
            from = to;
            to = t;
        }
        // eight passes: the sorted values are back in a
    }

    private static void tally(int size, long[] small, Map<Integer, Long> sizes) {
        if (size <= SMALL) {
            small[size]++;
        } else {
            sizes.merge(size, 1L, Long::sum);
        }
    }

    /** Each ASCII char's hex digit (lower case, as run/StableId writes them), -1 for any other. */
    private static final byte[] HEX = new byte[128];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = (byte) (c - 'a' + 10);
        }
    }

    /**
     * The 16 lower-case hex digits after the {@code u}, or -1 when any char is not one. Without a branch
     * per digit: the ids are random, so a test of digit against letter was mispredicted every other char.
     */
    private static long parseHex(String s) {
        long v = 0;
        int bad = 0;
        for (int i = 1; i < 17; i++) {
            char c = s.charAt(i);
            int d = HEX[c & 0x7F];
            bad |= d | 0x7F - c; // negative for a char that is no digit, or past ASCII
            v = v << 4 | d & 0xF;
        }
        return bad < 0 ? -1 : v;
    }
}
