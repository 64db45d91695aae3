package io.unireg.run;

import io.unireg.job.QualitySpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Evaluates the job's {@code quality:} gates against a run's figures. */
final class QualityGates {

    private QualityGates() {
    }

    static List<GateResult> evaluate(QualitySpec spec, long rowsRead, long rowsRejected, long records) {
        List<GateResult> gates = new ArrayList<>();
        if (spec.maxRejectRate() != null) {
            double rate = rowsRead == 0 ? 0 : (double) rowsRejected / rowsRead;
            gates.add(new GateResult("max_reject_rate", format(spec.maxRejectRate()), format(rate),
                    rate <= spec.maxRejectRate()));
        }
        if (spec.maxRejects() != null) {
            gates.add(new GateResult("max_rejects", spec.maxRejects().toString(), Long.toString(rowsRejected),
                    rowsRejected <= spec.maxRejects()));
        }
        if (spec.minRecords() != null) {
            gates.add(new GateResult("min_records", spec.minRecords().toString(), Long.toString(records),
                    records >= spec.minRecords()));
        }
        return gates;
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
