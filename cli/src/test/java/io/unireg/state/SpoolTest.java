package io.unireg.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SpoolTest {

    @TempDir
    Path dir;

    /** Wide records so that a few thousand fill several in-memory chunks: the reader must merge sorted runs. */
    private static final int FIELDS = 400;

    private static long[] hashes(long seed) {
        long[] h = new long[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            h[i] = seed * 31 + i;
        }
        return h;
    }

    @Test
    void readsRecordsAddedInRandomOrderBackAscendingBySignedKeyAcrossRuns() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        List<Long> keys = new ArrayList<>();
        try (Spool spool = new Spool(dir.resolve("golden.spool"), FIELDS)) {
            for (int i = 0; i < 12_000; i++) {
                long k = random.nextLong();
                keys.add(k);
                spool.add(k, ~k, hashes(k));
            }
            assertThat(spool.count()).isEqualTo(12_000);
        }
        keys.sort(null);
        List<Long> read = new ArrayList<>();
        try (Spool.Reader r = Spool.read(dir.resolve("golden.spool"))) {
            while (r.next()) {
                read.add(r.key());
                assertThat(r.whole()).isEqualTo(~r.key());
                assertThat(r.fields()).isEqualTo(Fingerprint.stored(hashes(r.key()), FIELDS));
            }
        }
        assertThat(read).isEqualTo(keys);
    }

    @Test
    void equalKeysComeBackInTheOrderTheyWereAdded() throws IOException {
        try (Spool spool = new Spool(dir.resolve("dup.spool"), FIELDS)) {
            for (int i = 0; i < 6_000; i++) {
                spool.add(i % 3 - 1, i, hashes(i));
            }
        }
        List<Long> wholes = new ArrayList<>();
        try (Spool.Reader r = Spool.read(dir.resolve("dup.spool"))) {
            while (r.next()) {
                if (r.key() == 0) {
                    wholes.add(r.whole());
                }
            }
        }
        assertThat(wholes).hasSize(2_000).isSorted();
    }

    @Test
    void anEmptySpoolReadsNothing() throws IOException {
        new Spool(dir.resolve("empty.spool"), 3).close();
        try (Spool.Reader r = Spool.read(dir.resolve("empty.spool"))) {
            assertThat(r.next()).isFalse();
        }
    }
}
