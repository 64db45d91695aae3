package io.unireg.schema;

import java.util.Objects;

/**
 * One field of a {@link TableSchema}. {@code check} is the {@code unireg:check} extension: the name of
 * a {@link DomainCheck} (e.g. {@code rnokpp}); a field with a check holds an identifier, so messages
 * about it mask the value.
 */
public record SchemaField(String name, String title, String description, FieldType type, String format,
                          Constraints constraints, String check) {

    public SchemaField {
        Objects.requireNonNull(name, "name");
        type = type == null ? FieldType.STRING : type;
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    public boolean required() {
        return constraints.required();
    }

    /** Whether values of this field are identifiers that must not appear in full in messages. */
    public boolean identifier() {
        return check != null;
    }
}
