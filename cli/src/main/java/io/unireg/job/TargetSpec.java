package io.unireg.job;

/** {@code target:} — the state schema the job maps into: a built-in name or a path. */
public record TargetSpec(String schema, Location location) {
}
