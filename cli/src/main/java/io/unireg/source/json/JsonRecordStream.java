package io.unireg.source.json;

import java.io.Closeable;
import java.io.IOException;

/** Records of a JSON or NDJSON file, one at a time, each flattened into leaves as it is read. */
interface JsonRecordStream extends Closeable {

    /**
     * One record: its scalars go to {@code leaves}.
     *
     * @return where the record starts and, for a record that could not be read, why; {@code null} at the end
     * @throws IOException a file that cannot be read on (broken JSON syntax inside an array)
     */
    Item next(JsonLeaves.Consumer leaves) throws IOException;

    /** A record read: its start line and, when it is not a usable object, the problem (one line). */
    record Item(long line, String problem) {
        boolean ok() {
            return problem == null;
        }
    }
}
