package io.unireg.reconcile;

import java.util.List;

/** Link mode cannot run as configured (a blocking rule would explode): the job must change. */
public final class ReconcileRefused extends Exception {

    private final List<String> lines;

    public ReconcileRefused(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
