package io.unireg.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReadFailuresTest {

    private static final Path FILE = Path.of("/x/unreadable.csv");

    @Test
    void permissionDeniedSaysWhyAndNamesTheFileOnce() {
        // AccessDeniedException's message is the path alone: printed as is, the path twice and no reason.
        assertThat(ReadFailures.describe(FILE, new AccessDeniedException(FILE.toString())))
                .isEqualTo("/x/unreadable.csv: permission denied");
    }

    @Test
    void fileSystemExceptionsGiveTheirReason() {
        assertThat(ReadFailures.describe(FILE, new NoSuchFileException(FILE.toString()))).isEqualTo("/x/unreadable.csv: no such file");
        assertThat(ReadFailures.describe(FILE, new FileSystemException(FILE.toString(), null, "Is a directory")))
                .isEqualTo("/x/unreadable.csv: Is a directory");
    }

    @Test
    void aMessageThatAlreadyNamesTheFileIsNotPrefixedAgain() {
        assertThat(ReadFailures.describe(FILE, new IOException("/x/unreadable.csv:22: unterminated quoted field")))
                .isEqualTo("/x/unreadable.csv:22: unterminated quoted field");
        assertThat(ReadFailures.describe(FILE, new IOException("Input/output error"))).isEqualTo("/x/unreadable.csv: Input/output error");
        assertThat(ReadFailures.describe(FILE, new IOException())).isEqualTo("/x/unreadable.csv: IOException");
    }
}
