package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.Outcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a chain does to one column of the sample: how many present values it keeps, changes, makes
 * missing and rejects, with the first rejection as an example.
 */
record Trial(int present, int kept, int changed, int missing, int rejected, String firstRejection) {

    /** Runs {@code steps} through the registry on every sampled row of {@code column}. */
    static Trial run(List<Step> steps, String column, Sample sample, FunctionRegistry registry, Path baseDir) {
        Chain chain = Chain.of(steps, registry, baseDir);
        int col = sample.index(column);
        int present = 0;
        int changed = 0;
        int missing = 0;
        int rejected = 0;
        String first = null;
        for (String[] row : sample.rows()) {
            String raw = row[col];
            if (raw.isBlank()) {
                continue;
            }
            present++;
            Outcome out = chain.apply(raw, sample.context(row));
            if (out.rejected()) {
                rejected++;
                if (first == null) {
                    first = out.rule() + ": " + out.message();
                }
            } else if (out.value() == null) {
                missing++;
            } else if (!out.value().equals(raw)) {
                changed++;
            }
        }
        return new Trial(present, present - rejected - missing, changed, missing, rejected, first);
    }

    double rejectShare() {
        return present == 0 ? 0 : (double) rejected / present;
    }

    double keptShare() {
        return present == 0 ? 0 : (double) kept / present;
    }

    /** "3,000 sampled values: 2,713 changed, 12 rejected (rnokpp: check digit …)". */
    String describe(boolean showExample) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "tried on %,d sampled values: %,d changed", present, changed));
        if (missing > 0) {
            s.append(String.format(Locale.ROOT, ", %,d left empty", missing));
        }
        s.append(String.format(Locale.ROOT, ", %,d rejected", rejected));
        if (showExample && firstRejection != null) {
            s.append(" (e.g. ").append(firstRejection.length() > 90 ? firstRejection.substring(0, 89) + "…" : firstRejection)
                    .append(')');
        }
        return s.toString();
    }
}
