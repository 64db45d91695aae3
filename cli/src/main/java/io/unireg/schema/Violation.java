package io.unireg.schema;

/**
 * One broken rule on one value: {@code field} is the target field, {@code rule} the constraint or
 * check that failed ({@code required}, {@code pattern}, {@code type}, {@code rnokpp} …), {@code message}
 * a one-line explanation for a person, without the full value of an identifier.
 */
public record Violation(String field, String rule, String message) {
}
