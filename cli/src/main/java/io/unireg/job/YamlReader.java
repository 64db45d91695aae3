package io.unireg.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML with Jackson's streaming parser into a {@link YamlNode} tree that keeps locations.
 * {@code ${VAR}} references in values are replaced here, where the value's location is known.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String fileName;
    private final Interpolator interpolator;
    private final List<JobError> errors;

    YamlReader(String fileName, Interpolator interpolator, List<JobError> errors) {
        this.fileName = fileName;
        this.interpolator = interpolator;
        this.errors = errors;
    }

    /**
     * Parses one YAML document with no {@code ${VAR}} environment (tests, settings files outside a
     * job); the root, or {@code null} after recording a syntax error in {@code errors}.
     */
    public static YamlNode parse(String fileName, String text, List<JobError> errors) {
        return new YamlReader(fileName, new Interpolator(Map.of()), errors).read(text);
    }

    /** The document's root, or {@code null} after recording a syntax error. */
    YamlNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new JobError(new Location(fileName, 1, 1), "the job file is empty"));
                return null;
            }
            YamlNode root = node(parser);
            if (parser.nextToken() != null) {
                errors.add(new JobError(location(parser.currentTokenLocation()),
                        "a job file holds one YAML document; found a second one"));
            }
            return root;
        } catch (JsonProcessingException e) {
            errors.add(new JobError(location(e.getLocation()), "invalid YAML: " + firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            errors.add(new JobError(Location.of(fileName), "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private YamlNode node(JsonParser parser) throws IOException {
        Location here = location(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = location(parser.currentTokenLocation());
                    parser.nextToken();
                    YamlNode value = node(parser);
                    if (entries.containsKey(key)) {
                        errors.add(new JobError(keyLocation, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLocation().line() + ")"));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyLocation, value));
                    }
                }
                return new YamlNode.Mapping(entries, here);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser));
                }
                return new YamlNode.Sequence(items, here);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, here);
            }
            default -> {
                String raw = parser.getText();
                return new YamlNode.Scalar(interpolator.apply(raw, here, errors), here);
            }
        }
    }

    private Location location(JsonLocation at) {
        if (at == null) {
            return Location.of(fileName);
        }
        return new Location(fileName, at.getLineNr(), at.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
