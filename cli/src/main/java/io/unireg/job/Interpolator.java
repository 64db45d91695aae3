package io.unireg.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces {@code ${VAR}} (and {@code ${VAR:-default}}) in job-file values with environment
 * variables; {@code $${} stays a literal {@code ${}. A missing variable with no default is an error
 * naming it. Values are never logged here: they may be secrets.
 */
final class Interpolator {

    private final Map<String, String> env;
    /** Variables that were set but empty, by where they were used: an empty path is only explained by naming them. */
    private final Map<Location, List<String>> emptyAt = new HashMap<>();
    /** Where a reference was already reported (unset, malformed): later checks of the value say nothing more. */
    private final Set<Location> failedAt = new HashSet<>();

    Interpolator(Map<String, String> env) {
        this.env = env;
    }

    /** The variables referenced at {@code location} whose value was the empty string, in order. */
    boolean failedAt(Location location) {
        return failedAt.contains(location);
    }

    List<String> emptyVariablesAt(Location location) {
        return emptyAt.getOrDefault(location, List.of());
    }

    String apply(String raw, Location location, List<JobError> errors) {
        if (raw == null || raw.indexOf('$') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '$' && raw.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && raw.startsWith("${", i)) {
                int end = raw.indexOf('}', i + 2);
                if (end < 0) {
                    failedAt.add(location);
                    errors.add(new JobError(location, "unclosed '${' in value"));
                    return raw;
                }
                String ref = raw.substring(i + 2, end);
                int dflt = ref.indexOf(":-");
                String name = dflt < 0 ? ref : ref.substring(0, dflt);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    failedAt.add(location);
                    errors.add(new JobError(location, "'${" + ref + "}' is not a valid environment variable reference"));
                    return raw;
                }
                String value = env.get(name);
                if ((value == null || value.isEmpty()) && dflt >= 0) {
                    // As in the shell: ${VAR:-fallback} when VAR is unset or empty.
                    value = ref.substring(dflt + 2);
                }
                if (value == null) {
                    failedAt.add(location);
                    errors.add(new JobError(location, "environment variable " + name
                            + " is not set (referenced as ${" + name + "})"));
                    value = "";
                } else if (value.isEmpty()) {
                    emptyAt.computeIfAbsent(location, l -> new ArrayList<>()).add(name);
                }
                out.append(value);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
