package io.unireg.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the merged regions of a sheet. XLSX lists them after all the cells, but the header needs them
 * before the first data row, so the sheet part is read twice; this first pass only inflates and scans
 * bytes for {@code <mergeCell ref="A1:C2"/>} (any namespace prefix), several times faster than XML parsing.
 */
final class MergeScan {

    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = {'>'};
    private static final int MAX_TAG = 4096;

    private MergeScan() {
    }

    static List<SheetRows.Merge> scan(InputStream in) throws IOException {
        List<SheetRows.Merge> merges = new ArrayList<>();
        byte[] buf = new byte[1 << 16];
        int len = 0;
        int start = 0; // first byte not yet scanned
        try (in) {
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                boolean eof = n < 0;
                if (!eof) {
                    len += n;
                }
                while (true) {
                    int at = indexOf(buf, TAG, start, len);
                    if (at < 0) {
                        start = Math.max(start, len - TAG.length); // a tag may be cut at the end
                        break;
                    }
                    int after = at + TAG.length;
                    if (after >= len) {
                        start = at;
                        break;
                    }
                    if (at == 0 || (buf[at - 1] != '<' && buf[at - 1] != ':') || !isSpace(buf[after])) {
                        start = after; // <mergeCells count=…> or text that happens to hold the word
                        continue;
                    }
                    int close = indexOf(buf, CLOSE, after, len);
                    if (close < 0) {
                        start = len - at > MAX_TAG ? after : at;
                        break;
                    }
                    SheetRows.Merge m = parse(new String(buf, after, close - after, StandardCharsets.UTF_8));
                    if (m != null) {
                        merges.add(m);
                    }
                    start = close + 1;
                }
                if (eof) {
                    return merges;
                }
                int keepFrom = Math.max(0, start - 1); // one byte before: the '<' or ':' check
                System.arraycopy(buf, keepFrom, buf, 0, len - keepFrom);
                len -= keepFrom;
                start -= keepFrom;
            }
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static int indexOf(byte[] buf, byte[] tag, int from, int to) {
        outer:
        for (int i = from; i <= to - tag.length; i++) {
            for (int j = 0; j < tag.length; j++) {
                if (buf[i + j] != tag[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code ref="B2:D2"} out of the tag's attributes. */
    static SheetRows.Merge parse(String attributes) {
        int at = attributes.indexOf("ref=");
        if (at < 0 || at + 5 > attributes.length()) {
            return null;
        }
        char quote = attributes.charAt(at + 4);
        int end = attributes.indexOf(quote, at + 5);
        if (end < 0) {
            return null;
        }
        String[] ends = attributes.substring(at + 5, end).split(":");
        CellRef a = CellRef.parse(ends[0]);
        CellRef b = ends.length > 1 ? CellRef.parse(ends[1]) : a;
        if (a == null || b == null) {
            return null;
        }
        return new SheetRows.Merge(Math.min(a.row(), b.row()), Math.max(a.row(), b.row()),
            Math.min(a.column(), b.column()), Math.max(a.column(), b.column()));
    }
}
