package io.unireg.guess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.unireg.profile.ValueCount;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GuessPartsTest {

    @Test
    void datePatternsDifferingOnlyInWidthBecomeOneLoosePattern() {
        List<String> patterns = DatePatterns.collapse(List.of(new ValueCount("dd.MM.yyyy", 2482),
                new ValueCount("yyyy-MM-dd", 239), new ValueCount("dd/MM/yyyy", 136), new ValueCount("dd.M.yy", 67),
                new ValueCount("d.M.yy", 26), new ValueCount("d.MM.yy", 20), new ValueCount("dd.MM.yy", 20)));
        // The four short forms (133 values) read as one d.M.yy; single-width patterns stay as seen.
        assertThat(patterns).containsExactly("dd.MM.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d.M.yy");
        assertThat(DatePatterns.collapse(List.of(new ValueCount("d.M.yy", 5), new ValueCount("dd.MM.yyyy", 9))))
                .containsExactly("dd.MM.yyyy", "d.M.yy");
    }

    @Test
    void scalarsAreQuotedWhenAYamlReaderCouldReadThemOtherwise() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String text : List.of("ПРІЗВИЩЕ", "ІМ'Я", "Дата народження", "no", "yes", "on", "N", "007", "12.5",
                "a: b", "x #y", "[list]", "{map}", "чол.", "\"quoted\"", "back\\slash", "ДАТА_НАР", "м. Харків",
                "(?:^|, )((?:вул\\.) [^,]+)", "-", "*alias", "&anchor", "!tag", "%", "@", "`")) {
            String written = YamlText.scalar(text);
            JsonNode read = yaml.readTree("k: " + written);
            assertThat(read.get("k").isTextual()).as(written).isTrue();
            assertThat(read.get("k").asText()).as(written).isEqualTo(text);
            // The same inside a flow collection.
            JsonNode flow = yaml.readTree("k: [" + written + ", x]");
            assertThat(flow.get("k").get(0).asText()).as(written).isEqualTo(text);
        }
        assertThat(YamlText.scalar("ПРІЗВИЩЕ")).isEqualTo("ПРІЗВИЩЕ");
        assertThat(YamlText.scalar("no")).isEqualTo("\"no\"");
    }

    @Test
    void stepsRenderAsTheJobFileWritesThem() {
        assertThat(Step.of("trim").render()).isEqualTo("trim");
        assertThat(Step.of("split_name", "given").render()).isEqualTo("{split_name: given}");
        assertThat(Step.of("date", Map.of("patterns", List.of("dd.MM.yyyy", "d.M.yy"))).render())
                .isEqualTo("{date: {patterns: [dd.MM.yyyy, d.M.yy]}}");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("table", Map.of("ч", "M"));
        options.put("default", "reject");
        assertThat(Step.of("map", options).render()).isEqualTo("{map: {table: {ч: M}, default: reject}}");
    }

    @Test
    void jobNamesComeFromTheFileNameTransliterated() {
        assertThat(JobWriter.jobName("residents.csv")).isEqualTo("residents");
        assertThat(JobWriter.jobName("Мешканці Харкова 2024.csv")).isEqualTo("meshkantsi-kharkova-2024");
        assertThat(JobWriter.jobName("___.csv")).isEqualTo("guessed");
    }

    @Test
    void sexSpellingsInThreeLanguages() {
        assertThat(List.of("чоловіча", " Ч ", "чол.", "М", "муж.", "male", "M")).allMatch(v -> "M".equals(SexWords.code(v)));
        assertThat(List.of("жіноча", "Ж", "жін.", "жен.", "female", "F")).allMatch(v -> "F".equals(SexWords.code(v)));
        assertThat(SexWords.code("1")).isNull();
    }
}
