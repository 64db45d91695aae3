package io.unireg.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The named normalising functions a job file can use, looked up by name. Immutable. */
public final class FunctionRegistry {

    /** Built-in groups; a new group (e.g. Ukrainian identifiers) is one more entry here. */
    private static final List<FunctionLibrary> BUILT_IN_LIBRARIES = List.of(
            new TextFunctions(),
            new PatternFunctions(),
            new MissingValueFunctions(),
            new ColumnFunctions(),
            new DateFunction(),
            new io.unireg.normalize.ua.UkrainianAddressFunctions(),
            new NumberFunction(),
            new io.unireg.normalize.ua.UkrainianNameFunctions(),
            new MapFunction(),
            new SplitNameFunction(),
            new io.unireg.normalize.ua.UkrainianIdFunctions());

    private static final class BuiltIn {
        static final FunctionRegistry INSTANCE = load();

        private static FunctionRegistry load() {
            Builder builder = builder();
            for (FunctionLibrary library : BUILT_IN_LIBRARIES) {
                library.functions().forEach(builder::add);
            }
            return builder.build();
        }
    }

    private final Map<String, FunctionSpec> byName;
    private final List<FunctionSpec> all;

    private FunctionRegistry(TreeMap<String, FunctionSpec> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        this.all = List.copyOf(byName.values());
    }

    /** Every built-in function. */
    public static FunctionRegistry builtIn() {
        return BuiltIn.INSTANCE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<FunctionSpec> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** All functions, sorted by name. */
    public List<FunctionSpec> all() {
        return all;
    }

    /** The names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    public static final class Builder {
        private final TreeMap<String, FunctionSpec> byName = new TreeMap<>();
        private final List<String> duplicates = new ArrayList<>();

        private Builder() {
        }

        /** Adds a function; two functions with one name are a programming error reported by {@link #build()}. */
        public Builder add(FunctionSpec spec) {
            if (spec.name() == null || !spec.name().matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("function name must be snake_case: " + spec.name());
            }
            if (byName.putIfAbsent(spec.name(), spec) != null) {
                duplicates.add(spec.name());
            }
            return this;
        }

        public Builder addAll(FunctionRegistry registry) {
            registry.all().forEach(this::add);
            return this;
        }

        public FunctionRegistry build() {
            if (!duplicates.isEmpty()) {
                throw new IllegalStateException("functions defined twice: " + String.join(", ", duplicates));
            }
            return new FunctionRegistry(new TreeMap<>(byName));
        }
    }
}
