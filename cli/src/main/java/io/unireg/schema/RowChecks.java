package io.unireg.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The registry of {@link RowCheck}s a schema's {@code unireg:rowChecks} can name; immutable, like {@link DomainChecks}. */
public final class RowChecks {

    private static final RowChecks BUILT_IN = builder()
            .add(new RnokppConsistentCheck())
            .build();

    private final Map<String, RowCheck> byName;

    private RowChecks(Map<String, RowCheck> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    public static RowChecks builtIn() {
        return BUILT_IN;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This registry plus {@code check} (replacing one of the same name). */
    public RowChecks with(RowCheck check) {
        Builder b = new Builder();
        byName.values().forEach(b::add);
        b.checks.put(check.name(), check);
        return b.build();
    }

    public Optional<RowCheck> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Check names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    public static final class Builder {
        private final Map<String, RowCheck> checks = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a check; a second check with the same name is a programming error. */
        public Builder add(RowCheck check) {
            if (checks.putIfAbsent(check.name(), check) != null) {
                throw new IllegalArgumentException("row check '" + check.name() + "' is registered twice");
            }
            return this;
        }

        public RowChecks build() {
            return new RowChecks(checks);
        }
    }
}
