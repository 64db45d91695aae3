package io.unireg.match;

/**
 * A field whose valid value names one person (RNOKPP, UNZR): deterministic rules trust it only when
 * valid, and the chain guard never lets one cluster hold two different valid values of it.
 */
public record IdentifierField(String field, int fieldIndex, IdentifierCheck check) {
}
