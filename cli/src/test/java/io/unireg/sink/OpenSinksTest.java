package io.unireg.sink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenSinksTest {

    @TempDir
    Path dir;

    @Test
    void committedSinksAreCompleteFiles() throws IOException {
        try (OpenSinks opened = new OpenSinks()) {
            opened.add(new CsvSink(dir.resolve("a.csv"), List.of("x"))).write(new String[]{"1"});
            opened.add(new CsvSink(dir.resolve("b.csv"), List.of("y"))).write(new String[]{"2"});
            opened.commit();
        }
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).containsExactly("x", "1");
        assertThat(Files.readAllLines(dir.resolve("b.csv"))).containsExactly("y", "2");
    }

    @Test
    void aStageFailingWhileStillOpeningSinksAbortsThoseAlreadyOpen() {
        Recording first = new Recording();
        assertThatThrownBy(() -> {
            try (OpenSinks opened = new OpenSinks()) {
                opened.add(first).write(new String[]{"1"});
                opened.add(new CsvSink(dir.resolve("no/such/folder/b.csv"), List.of("y")));
                opened.commit();
            }
        }).isInstanceOf(IOException.class);
        assertThat(first.events).containsExactly("write", "abort");
    }

    @Test
    void aSinkFailingToCloseAbortsTheOthersToo() {
        Recording first = new Recording();
        Recording failing = new Recording();
        failing.failOnClose = true;
        Recording third = new Recording();
        assertThatThrownBy(() -> {
            try (OpenSinks opened = new OpenSinks()) {
                opened.add(first);
                opened.add(failing);
                opened.add(third);
                opened.commit();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(first.events).containsExactly("close", "abort");
        assertThat(third.events).containsExactly("abort");
    }

    private static final class Recording implements RecordSink {
        final List<String> events = new java.util.ArrayList<>();
        boolean failOnClose;

        @Override
        public void write(String[] values) {
            events.add("write");
        }

        @Override
        public long rows() {
            return 0;
        }

        @Override
        public void abort() {
            events.add("abort");
        }

        @Override
        public void close() throws IOException {
            if (failOnClose) {
                throw new IOException("disk full");
            }
            events.add("close");
        }
    }
}
