package io.unireg.schema;

import java.util.Optional;

/**
 * The Table Schema field types unireg validates. Values reach the validator as normalised strings,
 * so a type says which spelling is accepted, not how the value is stored.
 */
public enum FieldType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    DATE("date"),
    DATETIME("datetime"),
    YEAR("year"),
    ANY("any");

    private final String jsonName;

    FieldType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name a schema file uses, e.g. {@code "datetime"}. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<FieldType> fromJsonName(String name) {
        for (FieldType type : values()) {
            if (type.jsonName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Types whose values have an order, so {@code minimum}/{@code maximum} make sense. */
    public boolean ordered() {
        return this == INTEGER || this == NUMBER || this == DATE || this == DATETIME || this == YEAR;
    }
}
