package io.unireg.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Typed reads from the located YAML tree. Every wrong shape becomes a {@link JobError} at the
 * node's location and the read returns {@code null}, so one pass reports every problem.
 */
public final class NodeReader {

    private final List<JobError> errors;

    public NodeReader(List<JobError> errors) {
        this.errors = errors;
    }

    public void error(Location location, String message) {
        errors.add(new JobError(location, message));
    }

    /** Reports keys of {@code mapping} not in {@code known}, each with a suggestion. */
    public void rejectUnknownKeys(YamlNode.Mapping mapping, Collection<String> known, String where) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                error(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + where
                        + Suggestions.didYouMean(entry.key(), known));
            }
        }
    }

    public YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        if (node != null) {
            error(node.location(), what + " must be a mapping (key: value), found " + node.kind());
        }
        return null;
    }

    public YamlNode.Sequence sequence(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence s) {
            return s;
        }
        if (node != null) {
            error(node.location(), what + " must be a list, found " + node.kind());
        }
        return null;
    }

    /** A non-null scalar's text, or {@code null} (with an error when the node is of another kind). */
    public String text(YamlNode node, String what) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return s.text();
        }
        error(node.location(), what + " must be a value, found " + node.kind());
        return null;
    }

    public String required(YamlNode.Mapping mapping, String key, String where) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            error(mapping.location(), where + " needs '" + key + "'");
            return null;
        }
        String value = text(node, key);
        if (value != null && value.isBlank()) {
            error(node.location(), key + " must not be empty");
            return null;
        }
        return value;
    }

    public String oneOf(YamlNode node, String what, Set<String> allowed) {
        String value = text(node, what);
        if (value != null && !allowed.contains(value)) {
            error(node.location(), what + " '" + value + "' is not one of " + String.join(", ", sorted(allowed))
                    + Suggestions.didYouMean(value, allowed));
            return null;
        }
        return value;
    }

    public Double fraction(YamlNode node, String what) {
        String value = text(node, what);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the same message as an out-of-range number
        }
        error(node.location(), what + " must be a number from 0 to 1, found '" + value + "'");
        return null;
    }

    public Long count(YamlNode node, String what) {
        String value = text(node, what);
        if (value == null) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(node.location(), what + " must be a whole number ≥ 0, found '" + value + "'");
        return null;
    }

    public Boolean bool(YamlNode node, String what) {
        String value = text(node, what);
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                error(node.location(), what + " must be true or false, found '" + value + "'");
                yield null;
            }
        };
    }

    private static List<String> sorted(Collection<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
