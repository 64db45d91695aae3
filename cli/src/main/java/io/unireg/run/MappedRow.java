package io.unireg.run;

import java.util.List;

/**
 * A source row after mapping and validation.
 *
 * @param values   target values in schema order ({@code null} = missing)
 * @param rejected the whole row is refused (a required or {@code on_error: reject} value failed)
 * @param rejects  every refused value; when the row is kept these are values set to missing
 * @param steps    per field, the value after each step — filled only when tracing (preview)
 */
public record MappedRow(String source, String key, long line, String[] values, boolean rejected,
                        List<Reject> rejects, List<List<String>> steps) {
}
