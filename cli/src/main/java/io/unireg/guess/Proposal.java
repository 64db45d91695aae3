package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.profile.ColumnProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A proposed chain for one field and the notes that explain its steps. */
record Proposal(List<Step> steps, List<String> notes) {

    Proposal {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    static Proposal of(ChainBuilder b) {
        return new Proposal(b.steps(), b.notes());
    }

    /** Builds a field's chain from its column. */
    @FunctionalInterface
    interface Proposer {
        Proposal propose(Context ctx);
    }

    /**
     * What a proposer may look at: the column and its profile, the sample, and which columns hold the
     * other concepts (a document number needs the series column; an address the settlement guessed).
     */
    record Context(String field, String column, ColumnProfile profile, Sample sample,
                   Map<String, String> columnByConcept, FunctionRegistry registry, Path baseDir,
                   Map<String, Object> memo) {

        /** A value computed once per column and shared by the fields drawn from it (the common settlement). */
        @SuppressWarnings("unchecked")
        <T> T memo(String what, java.util.function.Supplier<T> compute) {
            String key = column + "\u0000" + what;
            if (!memo.containsKey(key)) {
                memo.put(key, compute.get());
            }
            return (T) memo.get(key);
        }

        ChainBuilder builder() {
            return new ChainBuilder(column, sample, registry, baseDir);
        }

        Trial trial(List<Step> steps) {
            return Trial.run(steps, column, sample, registry, baseDir);
        }
    }
}
