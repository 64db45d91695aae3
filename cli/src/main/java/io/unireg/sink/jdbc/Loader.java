package io.unireg.sink.jdbc;

import java.sql.SQLException;

/** Sends records to the database in batches; nothing is committed here, the sink owns the transaction. */
interface Loader {

    void add(String[] row) throws SQLException;

    /** Sends what is still buffered. */
    void finish() throws SQLException;

    /** The run failed: stop whatever is in flight (the transaction is rolled back by the sink). */
    default void cancel() {
    }
}
