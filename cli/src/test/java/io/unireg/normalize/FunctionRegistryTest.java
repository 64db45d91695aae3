package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionRegistryTest {

    private static FunctionSpec spec(String name) {
        return new FunctionSpec(name, "s", name, "\"a\" → \"a\"", args -> (value, row) -> Outcome.ok(value));
    }

    @Test
    void builtInHoldsEveryGenericFunction() {
        assertThat(FunctionRegistry.builtIn().names()).contains(
                "trim", "collapse_spaces", "upper", "lower", "title_case", "digits", "regex_replace",
                "regex_extract", "default", "null_if", "date", "number", "map", "concat", "coalesce", "split_name");
    }

    @Test
    void listsFunctionsSortedByName() {
        List<String> names = new ArrayList<>();
        FunctionRegistry.builtIn().all().forEach(spec -> names.add(spec.name()));
        assertThat(names).isSorted().containsExactlyElementsOf(FunctionRegistry.builtIn().names());
    }

    @Test
    void findsByExactNameOnly() {
        FunctionRegistry registry = FunctionRegistry.builtIn();
        assertThat(registry.find("trim")).map(FunctionSpec::name).contains("trim");
        assertThat(registry.find("Trim")).isEmpty();
        assertThat(registry.find("nope")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void builderCombinesRegistriesForPlugInLibraries() {
        FunctionRegistry extra = FunctionRegistry.builder().add(spec("rnokpp_like")).build();
        FunctionRegistry combined = FunctionRegistry.builder()
                .addAll(FunctionRegistry.builtIn()).addAll(extra).build();
        assertThat(combined.names()).contains("trim", "rnokpp_like");
        assertThat(combined.all()).hasSize(FunctionRegistry.builtIn().all().size() + 1);
    }

    @Test
    void refusesTwoFunctionsWithOneName() {
        FunctionRegistry.Builder builder = FunctionRegistry.builder().add(spec("trim_x")).add(spec("trim_x"));
        assertThatThrownBy(builder::build).hasMessageContaining("trim_x");
    }

    @Test
    void refusesNamesThatAreNotSnakeCase() {
        assertThatThrownBy(() -> FunctionRegistry.builder().add(spec("TitleCase")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsAreReadOnly() {
        assertThatThrownBy(() -> FunctionRegistry.builtIn().all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> FunctionRegistry.builtIn().names().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
