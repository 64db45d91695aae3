package io.unireg.dedupe;

import java.util.List;

/** A blocking rule would make too many pairs: the run stops before making them, with advice per rule. */
public final class DedupeRefused extends Exception {

    private final List<String> lines;

    public DedupeRefused(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
