package io.unireg.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A golden record's content without its values (no personal data in the state store beyond the ids):
 * one 64-bit hash per field, folded into the <em>whole</em> hash a run compares first, and kept in the
 * store as 4 bytes per field — enough to name the fields that changed once the whole hash says that
 * something did (a 32-bit collision hides one changed field once in four billion), at half the size.
 */
public final class Fingerprint {

    /** Bytes a field takes in a stored fingerprint. */
    static final int FIELD_BYTES = 4;

    private Fingerprint() {
    }

    /** A value's 64-bit hash; a missing value hashes differently from an empty one. */
    public static long hash(String value) {
        if (value == null) {
            return 0x6e756c6cL;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }

    /** One hash of the fields' hashes {@code hashes[0..count)}. The fold is format 1's, so its stores upgrade without a change. */
    public static long whole(long[] hashes, int count) {
        long h = 0xcbf29ce484222325L ^ (8L * count);
        for (int i = 0; i < count; i++) {
            h = (h ^ hashes[i]) * 0x100000001b3L;
            h ^= h >>> 29;
        }
        return h;
    }

    /** A field hash as stored: both halves folded, so no bit of the 64 is ignored. */
    static int narrow(long hash) {
        return (int) (hash ^ (hash >>> 32));
    }

    /** Writes {@code hashes[0..count)} narrowed, big-endian, into {@code into} from {@code at}. */
    static void store(long[] hashes, int count, byte[] into, int at) {
        for (int i = 0; i < count; i++) {
            int v = narrow(hashes[i]);
            int p = at + FIELD_BYTES * i;
            into[p] = (byte) (v >>> 24);
            into[p + 1] = (byte) (v >>> 16);
            into[p + 2] = (byte) (v >>> 8);
            into[p + 3] = (byte) v;
        }
    }

    /** The stored form of {@code hashes[0..count)}. */
    static byte[] stored(long[] hashes, int count) {
        byte[] b = new byte[FIELD_BYTES * count];
        store(hashes, count, b, 0);
        return b;
    }

    private static int field(byte[] stored, int i) {
        int p = FIELD_BYTES * i;
        return (stored[p] & 0xff) << 24 | (stored[p + 1] & 0xff) << 16 | (stored[p + 2] & 0xff) << 8 | (stored[p + 3] & 0xff);
    }

    /**
     * The names of the fields whose hashes differ, both fingerprints in stored form; {@code before} may
     * have other fields (the schema changed): a field present on one side only counts as changed.
     */
    public static List<String> changed(List<String> beforeFields, byte[] before, List<String> afterFields, byte[] after) {
        List<String> names = new ArrayList<>();
        boolean sameLayout = beforeFields.equals(afterFields);
        for (int i = 0; i < afterFields.size(); i++) {
            int j = sameLayout ? i : beforeFields.indexOf(afterFields.get(i));
            if (j < 0 || FIELD_BYTES * (j + 1) > before.length || field(after, i) != field(before, j)) {
                names.add(afterFields.get(i));
            }
        }
        if (!sameLayout) {
            for (String f : beforeFields) {
                if (!afterFields.contains(f)) {
                    names.add(f);
                }
            }
        }
        return names;
    }
}
