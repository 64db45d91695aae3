package io.unireg.match.memory;

import io.unireg.match.MatchMode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Splits every blocking rule's key groups into tasks of about the same number of pairs (a huge group
 * is cut into row ranges) so both cores stay busy, and walks a task's pairs: within-source pairs are
 * skipped in link mode, and pairs an earlier rule already found are skipped so each pair is compared once.
 */
final class PairTasks {

    /** Groups {@code [gFrom, gTo)} (indexes into the rule's bounds, step 2); rows {@code [iFrom, iTo)} of a split group. */
    record Task(int rule, int gFrom, int gTo, int iFrom, int iTo) {
    }

    @FunctionalInterface
    interface PairSink {
        void pair(int a, int b);
    }

    private PairTasks() {
    }

    static List<Task> split(BlockingIndex index, int rule, long target) {
        List<Task> tasks = new ArrayList<>();
        int[] b = index.groupBounds[rule];
        int g = 0;
        while (g < b.length) {
            long size = b[g + 1] - b[g];
            long pairs = size * (size - 1) / 2;
            if (pairs > target) {
                // rows of one big group: row i makes (size-1-i) pairs
                int start = b[g];
                int end = b[g + 1];
                int i = start;
                while (i < end - 1) {
                    long acc = 0;
                    int j = i;
                    while (j < end - 1 && acc < target) {
                        acc += end - 1 - j;
                        j++;
                    }
                    tasks.add(new Task(rule, g, g + 2, i, j));
                    i = j;
                }
                g += 2;
                continue;
            }
            int from = g;
            long acc = 0;
            while (g < b.length) {
                long s = b[g + 1] - b[g];
                long p = s * (s - 1) / 2;
                if (acc > 0 && acc + p > target) {
                    break;
                }
                acc += p;
                g += 2;
            }
            tasks.add(new Task(rule, from, g, -1, -1));
        }
        return tasks;
    }

    static List<Task> splitAll(BlockingIndex index, long target) {
        List<Task> all = new ArrayList<>();
        for (int r = 0; r < index.groupBounds.length; r++) {
            all.addAll(split(index, r, target));
        }
        return all;
    }

    static void walk(BlockingIndex index, Task t, boolean skipEarlier, PairSink sink) {
        int[] b = index.groupBounds[t.rule()];
        long[] sorted = index.sorted[t.rule()];
        long mask = index.idMask;
        boolean link = index.settings.mode() == MatchMode.LINK;
        int[] source = index.data.sourceOf;
        for (int g = t.gFrom(); g < t.gTo(); g += 2) {
            int start = b[g];
            int end = b[g + 1];
            int iFrom = t.iFrom() >= 0 ? t.iFrom() : start;
            int iTo = t.iFrom() >= 0 ? t.iTo() : end - 1;
            for (int i = iFrom; i < iTo; i++) {
                int a = (int) (sorted[i] & mask);
                for (int j = i + 1; j < end; j++) {
                    int c = (int) (sorted[j] & mask);
                    if (link && source[a] == source[c]) {
                        continue;
                    }
                    if (skipEarlier && t.rule() > 0 && index.foundEarlier(t.rule(), a, c)) {
                        continue;
                    }
                    sink.pair(a, c);
                }
            }
        }
    }

    /** Runs {@code work} for each task on all cores; results come back in task order (deterministic). */
    static <T> List<T> runAll(int count, IntFunction<T> work) {
        List<T> out = new ArrayList<>(count);
        @SuppressWarnings("unchecked")
        T[] results = (T[]) new Object[count];
        IntStream.range(0, count).parallel().forEach(i -> results[i] = work.apply(i));
        for (T r : results) {
            out.add(r);
        }
        return out;
    }
}
