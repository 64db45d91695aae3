package io.unireg.sink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sinks a stage has opened, finished together: {@link #commit()} closes every one (files complete,
 * transactions commit); leaving the try block without committing aborts every one opened so far —
 * so a stage that fails halfway, even while still opening its sinks, leaves no half-written output.
 */
public final class OpenSinks implements AutoCloseable {

    private final List<RecordSink> sinks = new ArrayList<>();
    private boolean committed;

    /** Registers {@code sink} as soon as it is open, and returns it. */
    public <S extends RecordSink> S add(S sink) {
        sinks.add(sink);
        return sink;
    }

    /** Closes every sink in the order opened; a failure leaves the rest to be aborted by {@link #close()}. */
    public void commit() throws IOException {
        for (RecordSink sink : sinks) {
            sink.close();
        }
        committed = true;
    }

    @Override
    public void close() {
        if (!committed) {
            for (RecordSink sink : sinks) {
                sink.abort();
            }
        }
    }
}
