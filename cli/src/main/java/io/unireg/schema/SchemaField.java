package io.unireg.schema;

import java.util.List;
import java.util.Objects;

/**
 * One field of a {@link TableSchema}. {@code check} is the {@code unireg:check} extension: the name of
 * a {@link DomainCheck} (e.g. {@code rnokpp}); a field with a check holds an identifier, so messages
 * about it mask the value. {@code requiredUnless} is the {@code unireg:requiredUnless} extension: other
 * fields any one of which, when present, excuses this field's absence (an РНОКПП may be missing when a
 * document number is given); empty when the field has no such condition.
 */
public record SchemaField(String name, String title, String description, FieldType type, String format,
                          Constraints constraints, String check, List<String> requiredUnless) {

    public SchemaField {
        Objects.requireNonNull(name, "name");
        type = type == null ? FieldType.STRING : type;
        constraints = constraints == null ? Constraints.NONE : constraints;
        requiredUnless = requiredUnless == null ? List.of() : List.copyOf(requiredUnless);
    }

    /** A field without {@code unireg:requiredUnless}. */
    public SchemaField(String name, String title, String description, FieldType type, String format,
                       Constraints constraints, String check) {
        this(name, title, description, type, format, constraints, check, List.of());
    }

    public boolean required() {
        return constraints.required();
    }

    /** Whether values of this field are identifiers that must not appear in full in messages. */
    public boolean identifier() {
        return check != null;
    }
}
