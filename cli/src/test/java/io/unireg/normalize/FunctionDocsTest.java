package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionDocsTest {

    @Test
    void documentsEveryFunctionWithUsageAndExample() {
        String markdown = FunctionDocs.markdown(FunctionRegistry.builtIn());
        for (FunctionSpec spec : FunctionRegistry.builtIn().all()) {
            assertThat(markdown).contains("\n## " + spec.name() + "\n")
                    .contains("| [`" + spec.name() + "`](#" + spec.name() + ")")
                    .contains(spec.summary())
                    .contains("`" + spec.usage().split(" or ")[0] + "`")
                    .contains(spec.example());
        }
    }

    @Test
    void escapesPipesInTheIndexTable() {
        FunctionRegistry registry = FunctionRegistry.builder()
                .add(new FunctionSpec("either", "Keeps a|b.", "either", "\"a\" → \"a\"", args -> (v, r) -> Outcome.ok(v)))
                .build();
        assertThat(FunctionDocs.markdown(registry)).contains("| Keeps a\\|b. |");
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(FunctionDocs.markdown(FunctionRegistry.builtIn()))
                .isEqualTo(FunctionDocs.markdown(FunctionRegistry.builtIn()));
    }
}
