package io.unireg.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestsTest {

    @Test
    void hashesAFileOnAnotherThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("residents.csv");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);

        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(Digests.join(file, Digests.sha256Later(file)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aFileGoneBeforeItsHashIsARunFailureNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("residents.csv");

        assertThatThrownBy(() -> Digests.join(file, Digests.sha256Later(file)))
                .isInstanceOfSatisfying(RunFailure.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(file + ": cannot read it again for the manifest's SHA-256 (it is gone)");
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILED);
                });
    }

    @Test
    void anyOtherReadErrorKeepsItsOwnMessage(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder.csv"));

        assertThatThrownBy(() -> Digests.join(folder, Digests.sha256Later(folder)))
                .isInstanceOf(RunFailure.class)
                .hasMessageStartingWith(folder + ": cannot read it again for the manifest's SHA-256 (")
                .hasMessageNotContaining("Exception");
    }
}
