package io.unireg.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes schema JSON to a folder and loads it through {@link SchemaCatalog}, the way a job does. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    static Path write(Path dir, String fileName, String json) {
        try {
            return Files.writeString(dir.resolve(fileName), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableSchema load(Path dir, String json) throws SchemaException {
        write(dir, "test.json", json);
        return SchemaCatalog.load("test.json", dir);
    }

    /** A schema of the given fields (JSON objects, comma-separated). */
    static TableSchema fields(Path dir, String fieldsJson) throws SchemaException {
        return load(dir, "{\"name\": \"t\", \"fields\": [" + fieldsJson + "]}");
    }
}
