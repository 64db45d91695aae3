package io.unireg.run;

import io.unireg.sink.RecordSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of output gets its rows in the order they were handed over, and a sink's failure reaches
 * the run — written on a thread of its own or on the caller's (two cores or fewer).
 */
class WriterThreadTest {

    /** Keeps what it is given; fails on the row {@code failOn} (1-based) when that is above 0. */
    private static final class Kept implements RecordSink {
        final List<String> rows = new ArrayList<>();
        private final int failOn;

        Kept(int failOn) {
            this.failOn = failOn;
        }

        @Override
        public void write(String[] values) throws IOException {
            if (rows.size() + 1 == failOn) {
                throw new IOException("No space left on device");
            }
            rows.add(String.join("|", values));
        }

        @Override
        public long rows() {
            return rows.size();
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest(name = "own thread: {0}")
    @ValueSource(booleans = {true, false})
    void everyOutputGetsItsRowsInOrder(boolean ownThread) throws Exception {
        Kept records = new Kept(0);
        Kept copy = new Kept(0);
        Kept links = new Kept(0);
        Kept rejects = new Kept(0);
        try (WriterThread writer = new WriterThread(List.of(records, copy), links, rejects, ownThread)) {
            for (int batch = 0; batch < 30; batch++) { // more batches than the queue holds
                for (int row = 0; row < 3; row++) {
                    String n = batch + "." + row;
                    writer.record(new String[]{"r", n});
                    writer.link(new String[]{"l", n});
                }
                writer.reject(new Reject("s", "k" + batch, batch, "f", "rule", "m"));
                writer.endBatch();
            }
            writer.record(new String[]{"r", "last"});
        }
        assertThat(records.rows).hasSize(91).startsWith("r|0.0", "r|0.1").endsWith("r|29.2", "r|last");
        assertThat(copy.rows).isEqualTo(records.rows);
        assertThat(links.rows).hasSize(90).startsWith("l|0.0").endsWith("l|29.2");
        assertThat(rejects.rows).hasSize(30).first().asString().startsWith("s|k0|0|f|rule|m");
    }

    /** Batches keep coming after the failure: a later hand-over or the close throws it (JobRunner closes in a finally). */
    @ParameterizedTest(name = "own thread: {0}")
    @ValueSource(booleans = {true, false})
    void aFailingLinksSinkStopsTheRunWithItsError(boolean ownThread) {
        Kept records = new Kept(0);
        WriterThread writer = new WriterThread(List.of(records), new Kept(5), new Kept(0), ownThread);
        assertThatThrownBy(() -> {
            for (int batch = 0; batch < 1000; batch++) {
                writer.record(new String[]{"r"});
                writer.link(new String[]{"l"});
                writer.endBatch();
            }
            writer.close();
        }).isInstanceOf(IOException.class).hasMessage("No space left on device");
        // and the close that follows (JobRunner's finally) says the same, without writing on
        assertThatThrownBy(writer::close).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(records.rows).hasSizeLessThan(1000);
    }

    @ParameterizedTest(name = "own thread: {0}")
    @ValueSource(booleans = {true, false})
    void aFailingRecordsSinkStopsTheRunWithItsError(boolean ownThread) {
        WriterThread writer = new WriterThread(List.of(new Kept(3)), new Kept(0), new Kept(0), ownThread);
        assertThatThrownBy(() -> {
            writer.record(new String[]{"a"});
            writer.record(new String[]{"b"});
            writer.record(new String[]{"c"});
            writer.endBatch();
            writer.close();
        }).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }
}
