package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.linuxense.javadbf.DBFReader;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed housing DBF, social JSON and state extract are what the seeded generators write, byte for byte. */
class LegacyExportsGeneratorTest {

    private static final Path SAMPLES = Path.of("../samples/kharkiv");
    private static final Path PEOPLE = SAMPLES.resolve("residents.truth.csv");
    private static final long SEED = 20261123L;

    @TempDir
    Path dir;

    @Test
    void committedHousingTableIsAFreshGeneration() throws Exception {
        new HousingGenerator(0.25, 0.06, SEED).write(PEOPLE, dir.resolve("housing.dbf"));

        for (String name : List.of("housing.dbf", "housing.fpt", "housing.truth.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(Files.readAllBytes(SAMPLES.resolve(name)));
        }
    }

    @Test
    void committedSocialExportIsAFreshGeneration() throws Exception {
        new SocialGenerator(0.2, SEED).write(PEOPLE, dir.resolve("social.json"));

        for (String name : List.of("social.json", "social.truth.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(Files.readAllBytes(SAMPLES.resolve(name)));
        }
    }

    @Test
    void committedStateExtractIsAFreshGeneration() throws Exception {
        new StateExtractGenerator(SEED).write(PEOPLE, dir.resolve("eddr-extract.csv"));

        Path state = Path.of("../samples/state");
        for (String name : List.of("eddr-extract.csv", "eddr-extract.truth.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name + " is stale: run scripts/gen-samples")
                    .isEqualTo(Files.readAllBytes(state.resolve(name)));
        }
    }

    @Test
    void javadbfReadsTheGeneratedTableWithItsMemosAndCp866Header() throws Exception {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("housing.dbf"));
             DBFReader reader = new DBFReader(in)) {
            reader.setMemoFile(SAMPLES.resolve("housing.fpt").toFile());
            assertThat(reader.getField(1).getName()).isEqualTo("PRIZV");
            int memos = 0;
            int rows = 0;
            for (Object[] row = reader.nextRecord(); row != null; row = reader.nextRecord()) {
                rows++;
                assertThat(Charset.forName("IBM866").newEncoder().canEncode((String) row[1])).isTrue();
                if (row[row.length - 1] != null && !((String) row[row.length - 1]).isEmpty()) {
                    memos++;
                }
            }
            List<String> truth = Files.readAllLines(SAMPLES.resolve("housing.truth.csv"));
            assertThat(rows).isEqualTo(truth.stream().filter(l -> l.endsWith(",accept")).count());
            assertThat(memos).isPositive();
        }
    }
}
