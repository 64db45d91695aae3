package io.unireg.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of the state extract, stored compactly: a dictionary of distinct values with an int code
 * per record while the values repeat (sex, settlement, street, given names), switching to one UTF-8
 * byte array with offsets once they stop repeating (identifiers, surnames). Two million records thus
 * cost a few bytes per value instead of a String object each.
 */
final class TextColumn {

    /** Past this many distinct values a dictionary saves little and its map costs much. */
    private static final int DICTIONARY_LIMIT = 1 << 16;

    private int size;
    // dictionary form
    private Map<String, Integer> codes = new HashMap<>();
    private List<String> words = new ArrayList<>();
    private int[] code = new int[1024];
    // arena form: value i is bytes[offsets[i] .. offsets[i+1]); an empty range is a missing value
    private byte[] bytes;
    private int[] offsets;
    private int used;

    void add(String value) {
        if (value != null && value.isEmpty()) {
            value = null;
        }
        if (codes != null) {
            if (size == code.length) {
                code = Arrays.copyOf(code, size * 2);
            }
            if (value == null) {
                code[size++] = -1;
                return;
            }
            Integer c = codes.get(value);
            if (c == null) {
                if (words.size() >= DICTIONARY_LIMIT) {
                    toArena();
                    addToArena(value);
                    return;
                }
                c = words.size();
                codes.put(value, c);
                words.add(value);
            }
            code[size++] = c;
            return;
        }
        addToArena(value);
    }

    private void toArena() {
        bytes = new byte[Math.max(1024, size * 12)];
        offsets = new int[Math.max(1024, size * 2 + 2)];
        offsets[0] = 0;
        int n = size;
        size = 0;
        used = 0;
        int[] old = code;
        List<String> dictionary = words;
        codes = null;
        words = null;
        code = null;
        for (int i = 0; i < n; i++) {
            addToArena(old[i] < 0 ? null : dictionary.get(old[i]));
        }
    }

    private void addToArena(String value) {
        byte[] b = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        if (used + b.length > bytes.length) {
            long grown = Math.max((long) bytes.length * 3 / 2, (long) used + b.length);
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a state extract column holds more than 2 GB of text");
            }
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
        System.arraycopy(b, 0, bytes, used, b.length);
        used += b.length;
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[++size] = used;
    }

    String get(int record) {
        if (codes != null) {
            int c = code[record];
            return c < 0 ? null : words.get(c);
        }
        int from = offsets[record];
        int to = offsets[record + 1];
        return from == to ? null : new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    boolean isMissing(int record) {
        return codes != null ? code[record] < 0 : offsets[record] == offsets[record + 1];
    }

    /** Trims spare capacity once every record is in. */
    void seal() {
        if (codes != null) {
            code = Arrays.copyOf(code, size);
        } else {
            bytes = Arrays.copyOf(bytes, used);
            offsets = Arrays.copyOf(offsets, size + 1);
        }
    }

    int size() {
        return size;
    }
}
