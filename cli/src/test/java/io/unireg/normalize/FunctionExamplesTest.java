package io.unireg.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The docs print each function's usage and example: they must be true, so run them. */
class FunctionExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<FunctionSpec> specs() {
        return FunctionRegistry.builtIn().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void exampleHoldsForTheFirstUsage(FunctionSpec spec) {
        Example example = Example.parse(spec.example());
        String usage = spec.usage().split(" or ")[0];

        Outcome outcome = Steps.step(usage).apply(example.input(), Steps.row(example.row()));

        if (example.rejected()) {
            assertThat(outcome.rejected()).as(spec.example()).isTrue();
            assertThat(outcome.rule()).isEqualTo(spec.name());
        } else {
            assertThat(outcome.rejected()).as("%s rejected: %s", spec.example(), outcome.message()).isFalse();
            assertThat(outcome.value()).as(spec.example()).isEqualTo(example.output());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyUsageAlternativeNamesTheFunction(FunctionSpec spec) {
        for (String alternative : spec.usage().split(" or ")) {
            JsonNode node = Steps.parse(alternative);
            String name = node.isTextual() ? node.asText() : node.fieldNames().next();
            assertThat(name).as(alternative).isEqualTo(spec.name());
            assertThat(node.isTextual() || node.size() == 1).as(alternative).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void summaryIsOneLineAndExampleUsesTheArrow(FunctionSpec spec) {
        assertThat(spec.summary()).doesNotContain("\n").isNotBlank();
        assertThat(spec.example()).contains(" → ");
    }

    /** {@code IN → OUT [where COL = "v", …]}; IN/OUT are JSON strings or {@code missing}; OUT may be {@code rejected}. */
    record Example(String input, String output, boolean rejected, Map<String, String> row) {

        static Example parse(String text) {
            Cursor c = new Cursor(text);
            String input = c.valueOrMissing();
            c.expect(" → ");
            boolean rejected = c.tryWord("rejected");
            String output = rejected ? null : c.valueOrMissing();
            Map<String, String> row = new LinkedHashMap<>();
            if (c.tryWord(" where ")) {
                do {
                    String column = c.until(" = ");
                    c.expect(" = ");
                    row.put(column, c.valueOrMissing());
                } while (c.tryWord(", "));
            }
            c.end();
            return new Example(input, output, rejected, row);
        }
    }

    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        String valueOrMissing() {
            if (tryWord("missing")) {
                return null;
            }
            if (at >= text.length() || text.charAt(at) != '"') {
                throw new AssertionError("expected a \"string\" or missing at " + at + " in " + text);
            }
            int end = at + 1;
            while (text.charAt(end) != '"') {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            String literal = text.substring(at, end + 1);
            at = end + 1;
            try {
                return JSON.readValue(literal, String.class);
            } catch (java.io.IOException e) {
                throw new AssertionError("bad string " + literal + " in " + text);
            }
        }

        boolean tryWord(String word) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return true;
            }
            return false;
        }

        void expect(String word) {
            if (!tryWord(word)) {
                throw new AssertionError("expected '" + word + "' at " + at + " in " + text);
            }
        }

        String until(String word) {
            int end = text.indexOf(word, at);
            if (end < 0) {
                throw new AssertionError("expected '" + word + "' after " + at + " in " + text);
            }
            String out = text.substring(at, end);
            at = end;
            return out;
        }

        void end() {
            if (at != text.length()) {
                throw new AssertionError("unexpected text at " + at + " in " + text);
            }
        }
    }
}
