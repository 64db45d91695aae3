package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a chain for one column step by step, trying each step on the sample: an optional step is
 * kept only when it changes at least one sampled value after the steps before it (so {@code trim}
 * appears only where values have stray spaces, {@code given_name_uk} only where Russian forms occur);
 * a required step is always kept. Each kept step gets a note saying what it did.
 */
final class ChainBuilder {

    private final String column;
    private final Sample sample;
    private final FunctionRegistry registry;
    private final Path baseDir;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The current output per sampled row; {@code null} once missing or rejected. */
    private final List<String> outputs = new ArrayList<>();

    ChainBuilder(String column, Sample sample, FunctionRegistry registry, Path baseDir) {
        this.column = column;
        this.sample = sample;
        this.registry = registry;
        this.baseDir = baseDir;
        int col = sample.index(column);
        for (String[] row : sample.rows()) {
            outputs.add(row[col].isBlank() ? null : row[col]);
        }
    }

    /** Adds the step when it changes some sampled value; returns whether it was added. */
    boolean optional(Step step, String what) {
        int changed = changes(step);
        if (changed == 0) {
            return false;
        }
        add(step, String.format(Locale.ROOT, "%s: %s in %,d sampled values", step.function(), what, changed));
        return true;
    }

    /** Always adds the step; {@code note} may be {@code null}. */
    ChainBuilder required(Step step, String note) {
        add(step, note);
        return this;
    }

    /** How many sampled values the step would change, after the steps already chosen. */
    int changes(Step step) {
        Chain one = Chain.of(List.of(step), registry, baseDir);
        int changed = 0;
        List<String[]> rows = sample.rows();
        for (int i = 0; i < rows.size(); i++) {
            String v = outputs.get(i);
            if (v == null) {
                continue;
            }
            Outcome out = one.apply(v, sample.context(rows.get(i)));
            if (out.rejected() || !v.equals(out.value())) {
                changed++;
            }
        }
        return changed;
    }

    private void add(Step step, String note) {
        steps.add(step);
        if (note != null) {
            notes.add(note);
        }
        Chain one = Chain.of(List.of(step), registry, baseDir);
        List<String[]> rows = sample.rows();
        for (int i = 0; i < rows.size(); i++) {
            String v = outputs.get(i);
            if (v != null) {
                RowContext row = sample.context(rows.get(i));
                Outcome out = one.apply(v, row);
                outputs.set(i, out.rejected() ? null : out.value());
            }
        }
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The current outputs that are present, for a later step's table (e.g. the sex values). */
    List<String> presentOutputs() {
        return outputs.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    String column() {
        return column;
    }
}
