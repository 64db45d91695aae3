package io.unireg.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry of {@link DomainCheck}s a schema's {@code unireg:check} can name. Immutable; derive
 * a larger registry with {@link #toBuilder()} or {@link #with(DomainCheck)}.
 */
public final class DomainChecks {

    private static final DomainChecks BUILT_IN = builder()
            .add(new RnokppCheck())
            .addAll(UkrainianIdChecks.all())
            .build();

    private final Map<String, DomainCheck> byName;

    private DomainChecks(Map<String, DomainCheck> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** The checks unireg ships; the ones built-in schemas may name. */
    public static DomainChecks builtIn() {
        return BUILT_IN;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        byName.values().forEach(b::add);
        return b;
    }

    /** This registry plus {@code check} (replacing one of the same name). */
    public DomainChecks with(DomainCheck check) {
        return toBuilder().replace(check).build();
    }

    public Optional<DomainCheck> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Check names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    public static final class Builder {
        private final Map<String, DomainCheck> checks = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a check; a second check with the same name is a programming error. */
        public Builder add(DomainCheck check) {
            if (checks.putIfAbsent(check.name(), check) != null) {
                throw new IllegalArgumentException("domain check '" + check.name() + "' is registered twice");
            }
            return this;
        }

        public Builder addAll(Iterable<DomainCheck> more) {
            more.forEach(this::add);
            return this;
        }

        public Builder replace(DomainCheck check) {
            checks.put(check.name(), check);
            return this;
        }

        public DomainChecks build() {
            return new DomainChecks(checks);
        }
    }
}
