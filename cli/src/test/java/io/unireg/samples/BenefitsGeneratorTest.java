package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenefitsGeneratorTest {

    private static byte[][] generate() throws IOException {
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        new BenefitsGenerator(ReferenceData.load(), 300, GeneratorOptions.DEFAULT_SEED).write(w, t);
        return new byte[][] {w.toByteArray(), t.toByteArray()};
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        byte[][] a = generate();
        byte[][] b = generate();
        assertThat(java.util.Arrays.equals(a[0], b[0])).as("workbook bytes equal").isTrue();
        assertThat(java.util.Arrays.equals(a[1], b[1])).as("truth bytes equal").isTrue();
    }

    @Test
    void committedSampleEqualsAFreshGeneration() throws IOException {
        Path dir = Path.of("..", "samples", "kharkiv");
        byte[][] fresh = generate();
        assertThat(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("benefits.xlsx")), fresh[0]))
            .as("samples/kharkiv/benefits.xlsx is stale: run scripts/gen-samples").isTrue();
        assertThat(Files.readAllBytes(dir.resolve("benefits.truth.csv")))
            .as("samples/kharkiv/benefits.truth.csv is stale: run scripts/gen-samples").isEqualTo(fresh[1]);
    }
}
