package io.unireg.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenFileTest {

    @TempDir
    Path dir;

    private static byte[] fields(long key) {
        byte[] f = new byte[12];
        for (int i = 0; i < f.length; i++) {
            f[i] = (byte) (key >>> (i % 8 * 8));
        }
        return f;
    }

    private Path write(long[] sortedKeys) throws IOException {
        Path file = dir.resolve("golden-test.bin");
        try (GoldenFile.Writer out = new GoldenFile.Writer(file, 12)) {
            for (long k : sortedKeys) {
                out.add(k, k * 7, fields(k));
            }
            out.commit();
        }
        return file;
    }

    @Test
    void everyRecordIsFoundAcrossMappedPiecesAndAbsentKeysAreNot() throws IOException {
        Random random = new Random(11);
        long[] keys = new long[10_001];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
        }
        keys[0] = Long.MIN_VALUE;
        keys[1] = 0;
        keys[2] = Long.MAX_VALUE;
        Arrays.sort(keys);
        Path file = write(keys);
        for (int piece : new int[]{1, 7, 1000, 1 << 22}) {
            try (GoldenFile.Lookup lookup = new GoldenFile.Lookup(file, piece)) {
                for (long k : keys) {
                    assertThat(lookup.fields(k)).as("piece %d, key %d", piece, k).isEqualTo(fields(k));
                }
                assertThat(lookup.fields(keys[5] + 1 == keys[6] ? keys[5] - 1 : keys[5] + 1)).isNull();
            }
        }
        IdHashes hashes = GoldenFile.hashes(file);
        assertThat(hashes.size()).isEqualTo(keys.length);
        assertThat(hashes.hashOf(keys[4000])).isEqualTo(keys[4000] * 7);
        assertThat(dir.resolve("golden-test.bin.tmp")).doesNotExist();
    }

    @Test
    void anEmptyFileHasNoRecordsAndAnUnfinishedOneNoName() throws IOException {
        Path empty = write(new long[0]);
        assertThat(GoldenFile.hashes(empty).size()).isZero();
        try (GoldenFile.Lookup lookup = new GoldenFile.Lookup(empty)) {
            assertThat(lookup.fields(42)).isNull();
        }
        Path unfinished = dir.resolve("golden-unfinished.bin");
        try (GoldenFile.Writer out = new GoldenFile.Writer(unfinished, 12)) {
            out.add(1, 1, fields(1));
        }
        assertThat(unfinished).doesNotExist();
        assertThat(dir.resolve("golden-unfinished.bin.tmp")).doesNotExist();
    }

    @Test
    void keysOutOfOrderOrRecordsOfAnotherWidthAreRefused() throws IOException {
        try (GoldenFile.Writer out = new GoldenFile.Writer(dir.resolve("golden-bad.bin"), 12)) {
            out.add(5, 0, fields(5));
            assertThatThrownBy(() -> out.add(5, 0, fields(5))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> out.add(9, 0, new byte[8])).isInstanceOf(IllegalStateException.class);
        }
        Path file = write(new long[]{1, 2, 3});
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> GoldenFile.hashes(file)).isInstanceOf(IOException.class).hasMessageContaining("end mark");
    }
}
