package io.unireg.schema;

/**
 * A schema that cannot be loaded. The message is one line of the form
 * {@code file:line:col: what is wrong}, ready for the CLI to print.
 */
public final class SchemaException extends Exception {

    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
