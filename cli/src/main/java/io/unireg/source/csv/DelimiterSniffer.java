package io.unireg.source.csv;

import java.util.Arrays;

/**
 * Picks the delimiter among {@code ; , \t |} from the first records of a sample.
 *
 * <p>For each candidate the sample is split into records the way a CSV parser would (a quote at the
 * start of a field opens a quoted field; delimiters and line breaks inside it do not count). The
 * candidate whose per-record count is most consistent wins, then the one with more fields, then the
 * earlier in the list: {@code ;} first because Ukrainian-locale Excel writes it.
 *
 * <p>A quote that opens a field but runs over more than {@link #MAX_QUOTED_LINE_BREAKS} line breaks
 * is taken for a stray one (a quote typed into a name and never closed) and counted as a plain char,
 * as the reader goes on after such a record: read as an opening quote it would swallow the rest of the
 * sample, leave the true delimiter a few records, and let a char that is merely common in the values
 * (a comma in every address) win.
 */
public final class DelimiterSniffer {

    public static final int SAMPLE_RECORDS = 50;
    private static final char[] CANDIDATES = {';', ',', '\t', '|'};
    private static final char QUOTE = '"';
    /** More line breaks than this inside one quoted field, and its quote is taken for a stray one. */
    static final int MAX_QUOTED_LINE_BREAKS = 20;

    private DelimiterSniffer() {
    }

    /** The delimiter, or {@code ,} when no candidate occurs (a one-column file). */
    public static char sniff(String sampleText) {
        char best = ',';
        double bestConsistency = 0;
        int bestFields = 0;
        for (char candidate : CANDIDATES) {
            int[] counts = countsPerRecord(sampleText, candidate);
            int mode = mode(counts);
            if (mode == 0) {
                continue;
            }
            double consistency = share(counts, mode);
            if (consistency > bestConsistency || consistency == bestConsistency && mode > bestFields) {
                best = candidate;
                bestConsistency = consistency;
                bestFields = mode;
            }
        }
        return best;
    }

    /** Delimiters outside quotes in each non-blank record of the sample, up to {@link #SAMPLE_RECORDS}. */
    static int[] countsPerRecord(String text, char delimiter) {
        int[] counts = new int[SAMPLE_RECORDS];
        int records = 0;
        int count = 0;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean blank = true;
        int quoteAt = -1;
        int quotedBreaks = 0;
        int n = text.length();
        for (int i = 0; i < n && records < SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == QUOTE) {
                    if (i + 1 < n && text.charAt(i + 1) == QUOTE) {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if ((c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))
                        && ++quotedBreaks > MAX_QUOTED_LINE_BREAKS) {
                    // a stray quote: back to it, and on as if it were a plain char
                    inQuotes = false;
                    i = quoteAt;
                }
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (!blank) {
                    counts[records++] = count;
                }
                count = 0;
                fieldStart = true;
                blank = true;
                continue;
            }
            blank = false;
            if (c == delimiter) {
                count++;
                fieldStart = true;
            } else {
                inQuotes = c == QUOTE && fieldStart;
                if (inQuotes) {
                    quoteAt = i;
                    quotedBreaks = 0;
                }
                fieldStart = false;
            }
        }
        if (!blank && records < SAMPLE_RECORDS) {
            counts[records++] = count;
        }
        return Arrays.copyOf(counts, records);
    }

    /** The most frequent count; the larger one on a tie. */
    private static int mode(int[] counts) {
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        int mode = 0;
        int modeRun = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i >= modeRun) {
                mode = sorted[i];
                modeRun = j - i;
            }
            i = j;
        }
        return mode;
    }

    private static double share(int[] counts, int value) {
        int same = 0;
        for (int c : counts) {
            if (c == value) {
                same++;
            }
        }
        return (double) same / counts.length;
    }
}
