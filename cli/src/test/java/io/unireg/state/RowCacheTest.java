package io.unireg.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowCacheTest {

    @TempDir
    Path dir;

    @Test
    void rowsComeBackAsWrittenWithMissingAndEmptyKeptApart() throws IOException {
        Path file = dir.resolve("rows/people.rows");
        try (RowCache.Writer w = RowCache.create(file, "plan-1", 3)) {
            w.write("1", new String[]{"Коваленко", null, ""});
            w.write("2", new String[]{"О'Брайен, \"Мар'яна\"\n", "𝔘nicode", "=1+1"});
        }
        List<String> rows = new ArrayList<>();
        try (RowCache.Reader r = RowCache.open(file)) {
            assertThat(r.plan()).isEqualTo("plan-1");
            assertThat(r.width()).isEqualTo(3);
            while (r.next()) {
                rows.add(r.key() + "|" + Arrays.toString(r.values()));
            }
        }
        assertThat(rows).containsExactly("1|[Коваленко, null, ]", "2|[О'Брайен, \"Мар'яна\"\n, 𝔘nicode, =1+1]");
    }

    @Test
    void aFileCutShortIsAnErrorNotAShorterSource() throws IOException {
        Path file = dir.resolve("people.rows");
        try (RowCache.Writer w = RowCache.create(file, "p", 1)) {
            for (int i = 0; i < 100; i++) {
                w.write(Integer.toString(i), new String[]{"Іваненко " + i});
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int cut : new int[]{bytes.length - 1, bytes.length - 9, bytes.length / 2}) {
            Files.write(file, Arrays.copyOf(bytes, cut));
            assertThatThrownBy(() -> {
                try (RowCache.Reader r = RowCache.open(file)) {
                    while (r.next()) {
                        // read to the end
                    }
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("row cache");
        }
    }

    @Test
    void notARowCache() throws IOException {
        Path file = dir.resolve("x.rows");
        Files.writeString(file, "id,surname\n1,Коваленко\n");
        assertThatThrownBy(() -> RowCache.open(file).close()).isInstanceOf(IOException.class).hasMessageContaining("not a unireg row cache");
    }
}
