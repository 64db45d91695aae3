package io.unireg.normalize;

/**
 * A named normalising function as the job file and {@code unireg functions} see it.
 *
 * @param name     snake_case name used in job files
 * @param summary  one line: what it does
 * @param usage    how it is written in a job file, e.g. {@code {date: [dd.MM.yyyy, d.M.yy]}}
 * @param example  an example input and output, e.g. {@code " Коваленко  " → "Коваленко"}
 * @param factory  builds the configured step; throws {@link IllegalArgumentException} with a
 *                 user-facing message for bad arguments
 */
public record FunctionSpec(String name, String summary, String usage, String example, Factory factory) {

    @FunctionalInterface
    public interface Factory {
        Normaliser create(FunctionArgs args);
    }
}
