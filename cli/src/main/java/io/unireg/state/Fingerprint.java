package io.unireg.state;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden record's content as one 64-bit hash per field, so a later run can say which fields
 * changed without keeping the values (no personal data in the state store beyond the ids).
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Hashes {@code values[0..count)}; a missing value hashes differently from an empty one. */
    public static byte[] of(String[] values, int count) {
        ByteBuffer b = ByteBuffer.allocate(8 * count);
        for (int i = 0; i < count; i++) {
            b.putLong(hash(values[i]));
        }
        return b.array();
    }

    /** One hash of a whole fingerprint: what a run compares first, the per-field hashes only when it differs. */
    public static long whole(byte[] fingerprint) {
        long h = 0xcbf29ce484222325L ^ fingerprint.length;
        ByteBuffer b = ByteBuffer.wrap(fingerprint);
        for (int i = 0; i + 8 <= fingerprint.length; i += 8) {
            h = (h ^ b.getLong(i)) * 0x100000001b3L;
            h ^= h >>> 29;
        }
        return h;
    }

    static long hash(String value) {
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

    /**
     * The names of the fields whose hashes differ; {@code before} may have other fields (the schema
     * changed): a field present on one side only counts as changed.
     */
    public static List<String> changed(List<String> beforeFields, byte[] before, List<String> afterFields, byte[] after) {
        List<String> names = new ArrayList<>();
        ByteBuffer a = ByteBuffer.wrap(after);
        ByteBuffer b = ByteBuffer.wrap(before);
        boolean sameLayout = beforeFields.equals(afterFields);
        for (int i = 0; i < afterFields.size(); i++) {
            int j = sameLayout ? i : beforeFields.indexOf(afterFields.get(i));
            if (j < 0 || 8 * j + 8 > before.length || a.getLong(8 * i) != b.getLong(8 * j)) {
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
