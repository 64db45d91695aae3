package io.unireg.profile;

/** A value (or pattern) and how many cells hold it. */
public record ValueCount(String value, long count) {
}
