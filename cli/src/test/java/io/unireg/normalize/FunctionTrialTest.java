package io.unireg.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionTrialTest {

    private static final Path HERE = Path.of(".");

    private static FunctionSpec spec(String name) {
        return FunctionRegistry.builtIn().find(name).orElseThrow();
    }

    @Test
    void noArgumentMeansNone() {
        assertThat(FunctionTrial.arguments(List.of(), HERE).isEmpty()).isTrue();
        assertThat(FunctionTrial.trial(spec("trim"), "  Коваленко ", List.of(), HERE).value()).isEqualTo("Коваленко");
    }

    @Test
    void oneWordIsText() {
        JsonNode node = FunctionTrial.arguments(List.of("given"), HERE).node();
        assertThat(node.isTextual()).isTrue();
        assertThat(FunctionTrial.trial(spec("split_name"), "Коваленко Олена Петрівна", List.of("given"), HERE).value())
                .isEqualTo("Олена");
    }

    @Test
    void wordsYamlWouldMisreadStayText() {
        assertThat(FunctionTrial.node("yes").asText()).isEqualTo("yes");
        assertThat(FunctionTrial.node("~").isTextual()).isTrue();
        assertThat(FunctionTrial.node("007").asText()).isEqualTo("007");
        assertThat(FunctionTrial.node("[0-9]+").isTextual()).isTrue();
    }

    @Test
    void oneNumberIsANumber() {
        assertThat(FunctionTrial.node("1930").isNumber()).isTrue();
        assertThat(FunctionTrial.node("1930").asText()).isEqualTo("1930");
        assertThat(FunctionTrial.node("2.50").asText()).isEqualTo("2.50");
    }

    @Test
    void severalWordsAreAList() {
        JsonNode node = FunctionTrial.arguments(List.of("dd.MM.yyyy", "d.M.yy"), HERE).node();
        assertThat(node.isArray()).isTrue();
        assertThat(node.size()).isEqualTo(2);
        assertThat(FunctionTrial.trial(spec("date"), "5.3.90", List.of("dd.MM.yyyy", "d.M.yy"), HERE).value())
                .isEqualTo("1990-03-05");
    }

    @Test
    void structuredWordIsUsedAsIs() {
        JsonNode yaml = FunctionTrial.arguments(List.of("{patterns: [d.M.yy], pivot_year: 1930}"), HERE).node();
        assertThat(yaml.isObject()).isTrue();
        assertThat(yaml.get("pivot_year").asInt()).isEqualTo(1930);
        JsonNode json = FunctionTrial.arguments(List.of("{\"table\": {\"ч\": \"M\"}}"), HERE).node();
        assertThat(json.get("table").get("ч").asText()).isEqualTo("M");
        assertThat(FunctionTrial.trial(spec("date"), "1.1.30", List.of("{patterns: [d.M.yy], pivot_year: 1930}"), HERE).value())
                .isEqualTo("1930-01-01");
        assertThat(FunctionTrial.trial(spec("regex_replace"), "a-b", List.of("[\"-\", \" \"]"), HERE).value())
                .isEqualTo("a b");
    }

    @Test
    void rejectionComesBackAsAnOutcome() {
        Outcome outcome = FunctionTrial.trial(spec("date"), "31.02.1990", List.of("dd.MM.yyyy"), HERE);
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.rule()).isEqualTo("date");
        assertThat(outcome.message()).startsWith("not a date: '31.02.1990'");
    }

    @Test
    void badArgumentsThrowWithTheFunctionsName() {
        assertThatThrownBy(() -> FunctionTrial.trial(spec("split_name"), "x", List.of("middle"), HERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("split_name: expects one of surname, given, patronymic, found 'middle'");
        assertThatThrownBy(() -> FunctionTrial.trial(spec("trim"), "x", List.of("both"), HERE))
                .hasMessage("trim: takes no argument, found 'both'");
    }

    @Test
    void missingValueCanBeTried() {
        assertThat(FunctionTrial.trial(spec("default"), null, List.of("Україна"), HERE).value()).isEqualTo("Україна");
    }
}
