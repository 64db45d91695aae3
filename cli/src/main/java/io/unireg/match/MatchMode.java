package io.unireg.match;

/** {@code dedupe}: any two records may match. {@code link}: only records from different sources. */
public enum MatchMode {
    DEDUPE, LINK
}
