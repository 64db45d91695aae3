package io.unireg.run;

/** One row of {@code rejects.csv}: a value (or a whole row when {@code field} is empty) that was refused. */
public record Reject(String source, String key, long line, String field, String rule, String message) {

    String[] toRow() {
        return new String[]{source, key, Long.toString(line), field, rule, message};
    }
}
