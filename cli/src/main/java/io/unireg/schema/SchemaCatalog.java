package io.unireg.schema;

import io.unireg.job.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a schema by built-in name or by path. Built-ins live in {@code mapping-rules/schemas/} and ship
 * in the jar at {@code io/unireg/schema/builtin/<name>.json}.
 */
public final class SchemaCatalog {

    static final String BUILT_IN_DIR = "io/unireg/schema/builtin/";

    /**
     * The built-in schema names, sorted. Listed here rather than discovered because a classpath folder
     * cannot be listed reliably inside a jar; a test keeps this list equal to mapping-rules/schemas/.
     */
    private static final List<String> BUILT_IN = List.of("eddr-person", "trg-resident");

    private SchemaCatalog() {
    }

    /**
     * A built-in schema when {@code nameOrPath} is a built-in name, else the Table Schema file at that
     * path (relative paths resolve against {@code baseDir}, e.g. the job file's folder; {@code null}
     * means the working directory).
     */
    public static TableSchema load(String nameOrPath, Path baseDir) throws SchemaException {
        if (BUILT_IN.contains(nameOrPath)) {
            return loadBuiltIn(nameOrPath);
        }
        Path path = baseDir == null ? Path.of(nameOrPath) : baseDir.resolve(nameOrPath);
        String file = path.normalize().toString();
        if (!Files.isRegularFile(path)) {
            boolean looksLikeName = !nameOrPath.contains("/") && !nameOrPath.contains("\\") && !nameOrPath.endsWith(".json");
            throw new SchemaException(file + ": no such schema file"
                    + (looksLikeName ? ", and '" + nameOrPath + "' is not a built-in schema"
                    + Suggestions.didYouMean(nameOrPath, BUILT_IN) + "; built-ins: " + String.join(", ", BUILT_IN) : ""));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new SchemaReader(DomainChecks.builtIn()).read(in, file, baseName(path.getFileName().toString()));
        } catch (IOException e) {
            throw new SchemaException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /** Every built-in schema, in name order. A built-in that does not load is a bug in the jar, hence unchecked. */
    public static List<TableSchema> builtIns() {
        List<TableSchema> schemas = new ArrayList<>();
        for (String name : BUILT_IN) {
            try {
                schemas.add(loadBuiltIn(name));
            } catch (SchemaException e) {
                throw new IllegalStateException("built-in schema is broken: " + e.getMessage(), e);
            }
        }
        return List.copyOf(schemas);
    }

    private static TableSchema loadBuiltIn(String name) throws SchemaException {
        String resource = BUILT_IN_DIR + name + ".json";
        InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("built-in schema missing from the classpath: " + resource);
        }
        try (in) {
            return new SchemaReader(DomainChecks.builtIn()).read(in, resource, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }
}
