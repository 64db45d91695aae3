package io.unireg.sink;

/**
 * How a sink lays a row out as bytes, offered so that a row can be formatted on the thread that made
 * its values — while they are still in that core's cache — rather than on the sink's writing thread,
 * which would read each value from another core's cache first. Implementations are thread-safe and
 * compare equal when they make the same bytes.
 */
public interface RowFormat {

    /** The bytes a sink of this format writes for {@code values} ({@code null}: missing). */
    byte[] line(String[] values);
}
