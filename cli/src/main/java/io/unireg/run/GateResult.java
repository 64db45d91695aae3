package io.unireg.run;

/** One quality gate's verdict: its limit, the run's figure, and whether the run passed. */
public record GateResult(String gate, String limit, String actual, boolean passed) {
}
