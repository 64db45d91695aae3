package io.unireg.guess;

import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;

import java.util.List;
import java.util.Map;

/**
 * What the guesser decided about one source file and one schema, ready to be written as a job.
 *
 * @param detected   the reader's decisions (encoding, delimiter) to write into the job
 * @param columns    every column: the concept it was taken for, or why it was not
 * @param fields     the fields filled, in schema order
 * @param unfilled   schema fields no column fills, in schema order
 * @param keyColumn  the column that identifies a row, or {@code null}
 * @param sampled    how many rows the chains were tried on
 */
public record Guess(String file, TableSchema schema, Map<String, String> detected, long rows, int sampled,
                    List<ColumnGuess> columns, List<FieldGuess> fields, List<SchemaField> unfilled, String keyColumn) {

    /** One column: its concept ({@code null} when unmapped), the confidence and the reason. */
    public record ColumnGuess(String column, String concept, double confidence, String reason) {
        public boolean mapped() {
            return concept != null;
        }
    }

    /** One filled field: its column, the chain proposed and what that chain did to the sample. */
    public record FieldGuess(SchemaField field, String column, String concept, double confidence, String reason,
                             Proposal proposal, Trial trial, boolean onErrorNull) {
    }

    /** The required fields left unfilled: a job without them does not pass {@code unireg check}. */
    public List<SchemaField> missingRequired() {
        return unfilled.stream().filter(SchemaField::required).toList();
    }
}
