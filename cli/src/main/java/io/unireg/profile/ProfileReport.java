package io.unireg.profile;

import java.util.List;
import java.util.Map;

/**
 * The profile of one file.
 *
 * @param detected   what the reader decided (encoding and why, delimiter, BOM)
 * @param rows       data rows read as rows
 * @param badRows    rows that could not be split into the header's columns
 * @param badRowSamples the first few bad rows, for the user to look at
 * @param limited    reading stopped at the requested row limit (the file may hold more)
 */
public record ProfileReport(
    String file,
    Map<String, String> detected,
    long rows,
    long badRows,
    List<BadRowSample> badRowSamples,
    boolean limited,
    List<ColumnProfile> columns) {

    /** Where a bad row is and what is wrong with it. */
    public record BadRowSample(long line, String message) {
    }
}
