package io.unireg.dedupe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids stay what they were before the source's hash was kept between calls: outputs and state depend on them. */
class StableIdTest {

    @Test
    void idsAreFnv1aOfSourceColonKeyWhateverSourceCameBefore() {
        String[][] calls = {{"residents", "1"}, {"residents", "2"}, {"people", "1"}, {"residents", "1"},
                {"Мешканці", "Шевченко"}, {"", ""}, {"residents", "😀"}, {new String("people"), "1"}};
        for (String[] call : calls) {
            assertThat(StableId.of(call[0], call[1])).as("%s:%s", call[0], call[1]).isEqualTo(reference(call[0], call[1]));
        }
    }

    @Test
    void knownIdsDoNotChange() {
        // as the release before the cache made them
        assertThat(StableId.of("residents", "1")).isEqualTo("u41179ff269dc620f");
        assertThat(StableId.of("Мешканці", "Шевченко")).isEqualTo("udb5c858beb4cc0d7");
    }

    /** The definition: 64-bit FNV-1a over each UTF-16 unit's low then high byte, the ':' as one byte. */
    private static String reference(String source, String key) {
        long hash = 0xcbf29ce484222325L;
        hash = fnv(hash, source);
        hash = (hash ^ ':') * 0x100000001b3L;
        hash = fnv(hash, key);
        return "u" + String.format("%016x", hash);
    }

    private static long fnv(long hash, String text) {
        for (char c : text.toCharArray()) {
            hash = (hash ^ (c & 0xff)) * 0x100000001b3L;
            hash = (hash ^ (c >>> 8)) * 0x100000001b3L;
        }
        return hash;
    }
}
