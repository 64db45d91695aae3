package io.unireg.dedupe;

/**
 * Deterministic record ids from {@code source:key}: the same row gets the same id in every run.
 * 64-bit FNV-1a over the UTF-16 code units; at a million rows the chance of any collision is below
 * one in ten million.
 */
public final class StableId {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long PRIME = 0x100000001b3L;

    /**
     * The hash state after the last {@code source:} seen: a run makes its ids a row at a time for one
     * source, so the source name is hashed once, not once a row. Shared by threads without a lock: a
     * {@code Prefix} is immutable (final fields, safely published), so a thread sees either an old
     * prefix or a new one, and either gives the same id.
     */
    private static Prefix last = prefix("");

    private record Prefix(String source, long hash) {
    }

    private StableId() {
    }

    public static String of(String source, String key) {
        Prefix prefix = last;
        if (!prefix.source.equals(source)) {
            prefix = prefix(source);
            last = prefix;
        }
        long hash = mix(prefix.hash, key);
        char[] id = new char[17];
        id[0] = 'u';
        for (int i = 16; i >= 1; i--) {
            id[i] = HEX[(int) (hash & 0xf)];
            hash >>>= 4;
        }
        return new String(id);
    }

    private static Prefix prefix(String source) {
        return new Prefix(source, (mix(0xcbf29ce484222325L, source) ^ ':') * PRIME);
    }

    private static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hash = (hash ^ (c & 0xff)) * PRIME;
            hash = (hash ^ (c >>> 8)) * PRIME;
        }
        return hash;
    }
}
