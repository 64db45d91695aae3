package io.unireg.report;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts {@code links.csv} rows per cluster id without holding a million strings: the run's own ids
 * ({@code u} and 16 hex digits, see run/StableId) are kept as longs in an open-addressing table —
 * exact, since the 64 bits are the id — and any other spelling falls back to a map of strings.
 */
final class ClusterCounter {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;
    private boolean zeroSeen;
    private int zeroCount;
    private final Map<String, Integer> other = new HashMap<>();

    void add(String clusterId) {
        if (clusterId.length() == 17 && clusterId.charAt(0) == 'u') {
            long id = parseHex(clusterId);
            if (id != -1 || "uffffffffffffffff".equals(clusterId)) {
                addLong(id);
                return;
            }
        }
        other.merge(clusterId, 1, Integer::sum);
    }

    /** Number of distinct clusters. */
    long clusters() {
        return size + (zeroSeen ? 1 : 0) + other.size();
    }

    /** Cluster size → number of clusters of that size. */
    Map<Integer, Long> sizes() {
        Map<Integer, Long> sizes = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                sizes.merge(counts[i], 1L, Long::sum);
            }
        }
        if (zeroSeen) {
            sizes.merge(zeroCount, 1L, Long::sum);
        }
        for (int n : other.values()) {
            sizes.merge(n, 1L, Long::sum);
        }
        return sizes;
    }

    private void addLong(long id) {
        if (id == EMPTY) {
            zeroSeen = true;
            zeroCount++;
            return;
        }
        int mask = keys.length - 1;
        int i = mix(id) & mask;
        while (keys[i] != EMPTY && keys[i] != id) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = id;
            size++;
        }
        counts[i]++;
        if (size * 4L > keys.length * 3L) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return (int) x;
    }

    /** The 16 lower-case ASCII hex digits after {@code u} (as StableId writes them), or -1 when they are not. */
    private static long parseHex(String s) {
        long v = 0;
        for (int i = 1; i < 17; i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
