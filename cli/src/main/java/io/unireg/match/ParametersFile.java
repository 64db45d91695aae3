package io.unireg.match;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads and writes {@link TrainedParameters}: YAML for {@code .yaml}/{@code .yml}, JSON otherwise. */
public final class ParametersFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ParametersFile() {
    }

    private static ObjectMapper mapperFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    }

    public static void write(TrainedParameters parameters, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        mapperFor(file).writeValue(file.toFile(), parameters);
    }

    /** @throws IOException when the file is unreadable or not a parameters file (message names the file) */
    public static TrainedParameters read(Path file) throws IOException {
        try {
            TrainedParameters p = mapperFor(file).readValue(file.toFile(), TrainedParameters.class);
            if (p == null || p.fields() == null || p.signature() == null) {
                throw new IOException(file + ": not a unireg parameters file (written by unireg train)");
            }
            if (p.format() != TrainedParameters.FORMAT) {
                throw new IOException(file + ": parameters format " + p.format() + ", this unireg reads " + TrainedParameters.FORMAT);
            }
            return p;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a unireg parameters file: " + e.getOriginalMessage(), e);
        }
    }

    public static String toYaml(TrainedParameters parameters) {
        try {
            return YAML.writeValueAsString(parameters);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
