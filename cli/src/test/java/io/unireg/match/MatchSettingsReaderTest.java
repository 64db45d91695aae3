package io.unireg.match;

import io.unireg.job.JobError;
import io.unireg.job.YamlNode;
import io.unireg.job.YamlReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MatchSettingsReaderTest {

    static final List<String> FIELDS = List.of("surname", "given_name", "patronymic", "birth_date", "rnokpp", "katottg", "postcode");

    static MatchSettings read(String yaml, List<JobError> errors) {
        YamlNode root = YamlReader.parse("job.yaml", yaml, errors);
        return MatchSettingsReader.read(((YamlNode.Mapping) root).get("dedupe"), FIELDS, List.of("residents", "benefits"),
                Path.of("/jobs"), Set.of("survivorship"), errors);
    }

    @Test
    void readsTheDocumentedExample() {
        List<JobError> errors = new ArrayList<>();
        MatchSettings s = read("""
                dedupe:
                  blocking:
                    - [rnokpp]
                    - [name_key(surname), birth_date]
                    - [name_key(given_name), birth_year, katottg]
                    - [first(postcode, 3)]
                  compare:
                    surname: [exact, name_equivalent, jaro_winkler >= 0.92]
                    birth_date: [null, exact, day_month_swapped, within 31 days, same_year]
                    rnokpp: {levels: [exact, levenshtein <= 1], term_frequency: false}
                    postcode: [exact, numeric within 10]
                  term_frequency: [surname]
                  identifiers: {rnokpp: rnokpp}
                  rules:
                    - same: [rnokpp, birth_date]
                    - different: [rnokpp]
                  thresholds: {match: 0.95, review: 0.6}
                  parameters: params/p.yaml
                  survivorship: {default: most_frequent}
                """, errors);
        assertThat(errors).isEmpty();
        assertThat(s.blocking()).extracting(BlockingRule::toString).containsExactly("[rnokpp]",
                "[name_key(surname), birth_date]", "[name_key(given_name), year(birth_date), katottg]", "[first(postcode, 3)]");
        assertThat(s.comparisons().get(0).labels()).containsExactly("null", "exact", "name_equivalent", "jaro_winkler >= 0.92", "else");
        assertThat(s.comparisons().get(0).termFrequency()).isTrue();
        assertThat(s.comparisons().get(1).labels()).containsExactly("null", "exact", "day_month_swapped", "within 31 days", "same_year", "else");
        assertThat(s.rules()).extracting(DeterministicRule::kind).containsExactly(DeterministicRule.Kind.SAME, DeterministicRule.Kind.DIFFERENT);
        assertThat(s.thresholds()).isEqualTo(new Thresholds(0.95, 0.6));
        assertThat(s.parameters()).contains(Path.of("/jobs/params/p.yaml"));
        assertThat(s.identifiers()).extracting(IdentifierField::check).containsExactly(IdentifierCheck.RNOKPP);
    }

    @Test
    void reportsEveryMistakeWithLocationAndSuggestion() {
        List<JobError> errors = new ArrayList<>();
        MatchSettings s = read("""
                dedupe:
                  blockng: []
                  compare:
                    surnme: [exact]
                    given_name: [jaro_winkle >= 0.9]
                    birth_date: [exact]
                  term_frequency: [postcode]
                  rules:
                    - {same: [rnokp]}
                  thresholds: {match: 0.5, review: 0.8}
                """, errors);
        assertThat(s).isNull();
        assertThat(errors).extracting(JobError::toString).anySatisfy(e -> assertThat(e).startsWith("job.yaml:2:3").contains("blockng").contains("did you mean 'blocking'"))
                .anySatisfy(e -> assertThat(e).contains("unknown field 'surnme'").contains("did you mean 'surname'"))
                .anySatisfy(e -> assertThat(e).contains("unknown comparison level 'jaro_winkle >= 0.9'").contains("did you mean 'jaro_winkler'"))
                .anySatisfy(e -> assertThat(e).contains("term_frequency field 'postcode' is not compared"))
                .anySatisfy(e -> assertThat(e).contains("unknown field 'rnokp'").contains("did you mean 'rnokpp'"))
                .anySatisfy(e -> assertThat(e).contains("thresholds.review"));
    }

    @Test
    void linkModeNeedsTwoSources() {
        List<JobError> errors = new ArrayList<>();
        YamlNode root = YamlReader.parse("job.yaml", """
                dedupe:
                  mode: link
                  blocking: [[rnokpp]]
                  compare: {rnokpp: [exact]}
                """, errors);
        MatchSettings s = MatchSettingsReader.read(((YamlNode.Mapping) root).get("dedupe"), FIELDS, List.of("only"),
                Path.of("."), Set.of(), errors);
        assertThat(s).isNull();
        assertThat(errors).singleElement().asString().contains("mode: link").contains("1 source");
    }

    @Test
    void crosswiseNamesTheFieldItComparesWithAndRefusesItself() {
        List<JobError> errors = new ArrayList<>();
        MatchSettings s = read("""
                dedupe:
                  blocking: [[rnokpp]]
                  compare:
                    given_name: [exact, crosswise surname]
                    surname: [exact, Crosswise  given_name]
                """, errors);
        assertThat(errors).isEmpty();
        assertThat(s.comparisons().get(0).levels()).last().isEqualTo(new ComparisonLevel.Crosswise("surname", 0));
        assertThat(s.comparisons().get(1).labels()).containsExactly("null", "exact", "crosswise given_name", "else");

        MatchSettings bad = read("""
                dedupe:
                  blocking: [[rnokpp]]
                  compare:
                    given_name: [exact, crosswise surnme]
                    surname: [exact, crosswise surname]
                """, errors);
        assertThat(bad).isNull();
        assertThat(errors).extracting(JobError::toString)
                .anySatisfy(e -> assertThat(e).startsWith("job.yaml:4:").contains("crosswise: unknown field 'surnme'").contains("did you mean 'surname'"))
                .anySatisfy(e -> assertThat(e).startsWith("job.yaml:5:").contains("compares surname with itself"));
    }
}
