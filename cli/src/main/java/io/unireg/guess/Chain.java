package io.unireg.guess;

import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A proposed normalising chain, compiled through the real function registry so it can be tried on
 * the sample exactly as a run would apply it.
 */
final class Chain {

    private final List<Step> steps;
    private final List<Normaliser> compiled;

    private Chain(List<Step> steps, List<Normaliser> compiled) {
        this.steps = List.copyOf(steps);
        this.compiled = compiled;
    }

    /**
     * @throws IllegalArgumentException when a step names no function or its argument does not suit it
     *                                  (a bug in the guesser: it only proposes registry functions)
     */
    static Chain of(List<Step> steps, FunctionRegistry registry, Path baseDir) {
        List<Normaliser> compiled = new ArrayList<>();
        for (Step step : steps) {
            FunctionSpec spec = registry.find(step.function())
                    .orElseThrow(() -> new IllegalArgumentException("no function " + step.function()));
            compiled.add(spec.factory().create(new FunctionArgs(step.arg(), baseDir)));
        }
        return new Chain(steps, compiled);
    }

    List<Step> steps() {
        return steps;
    }

    /** Other source columns the chain reads (concat, coalesce …). */
    Set<String> columns() {
        Set<String> columns = new TreeSet<>();
        compiled.forEach(n -> columns.addAll(n.columns()));
        return columns;
    }

    Outcome apply(String value, RowContext row) {
        Outcome out = Outcome.ok(value);
        for (Normaliser step : compiled) {
            out = step.apply(out.value(), row);
            if (out.rejected()) {
                return out;
            }
        }
        return out;
    }

    String render() {
        List<String> parts = new ArrayList<>();
        steps.forEach(s -> parts.add(s.render()));
        return "[" + String.join(", ", parts) + "]";
    }
}
