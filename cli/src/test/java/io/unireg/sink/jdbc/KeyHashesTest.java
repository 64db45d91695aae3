package io.unireg.sink.jdbc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHashesTest {

    private static long hash(String... fields) {
        long h = KeyHashes.SEED;
        for (String f : fields) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            h = KeyHashes.mix(h, b, 0, b.length);
        }
        return h;
    }

    @Test
    void tellsANewHashFromOneSeenBeforeAlsoAfterGrowingAndClearing() {
        KeyHashes keys = new KeyHashes();
        for (int i = 0; i < 100_000; i++) {
            assertThat(keys.add(hash("u" + i))).isTrue();
        }
        assertThat(keys.size()).isEqualTo(100_000);
        assertThat(keys.add(hash("u77"))).isFalse();
        assertThat(keys.add(0)).isTrue();
        assertThat(keys.add(0)).isFalse();
        keys.clear();
        assertThat(keys.size()).isZero();
        assertThat(keys.add(hash("u77"))).isTrue();
    }

    @Test
    void fieldBoundariesCount() {
        assertThat(hash("ab", "c")).isNotEqualTo(hash("a", "bc"));
        assertThat(hash("ab", "c")).isEqualTo(hash("ab", "c"));
    }
}
