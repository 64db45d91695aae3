package io.unireg.survive;

import io.unireg.job.Job;
import io.unireg.job.JobError;
import io.unireg.job.JobLoader;
import io.unireg.job.YamlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SurvivorshipTest {

    private static final List<String> FIELDS = List.of("surname", "given_name", "rnokpp", "street", "entry_date");

    @TempDir
    Path dir;

    private static Member m(String source, int rank, String key, String... values) {
        return new Member(source, key, rank, values);
    }

    /** A tax number "valid" when it ends in 5: the check the run wires from the schema. */
    private static final SurvivalRule.ValueCheck ENDS_IN_5 = (field, value) -> value.endsWith("5");

    private Survivorship read(String yaml, List<JobError> errors) throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                unireg: 1
                job: t
                sources: [{id: residents, type: csv}, {id: benefits, type: csv}]
                target: {schema: eddr-person}
                fields: {surname: ПРІЗВИЩЕ}
                dedupe:
                  survivorship:
                """ + yaml.indent(4));
        Job parsed = new JobLoader(Map.of()).load(job);
        YamlNode node = parsed.dedupe().get("survivorship");
        return new SurvivorshipReader(FIELDS, parsed.sourceIds(), ENDS_IN_5).read(node, errors);
    }

    @Test
    void eachFieldFollowsItsRuleAndTheLineageListsEveryMember() throws Exception {
        List<JobError> errors = new ArrayList<>();
        Survivorship s = read("""
                default: most_frequent
                given_name: longest
                rnokpp: valid_first
                street: {most_recent: entry_date}
                surname: {source_priority: [benefits]}
                """, errors);
        assertThat(errors).isEmpty();
        GoldenRecord g = s.merge("c1", List.of(
                m("residents", 0, "12", "Коваленко", "Микола", "1111111111", "вул. Сумська", "2010-01-01"),
                m("residents", 0, "3", "Коваленко", "Мик.", "1111111111", "вул. Римарська", "2021-05-01"),
                m("benefits", 1, "77", "Коваленка", null, "2222222225", null, "2024-01-01")));
        assertThat(g.values()).containsExactly("Коваленка", "Микола", "2222222225", "вул. Римарська", "2021-05-01");
        assertThat(g.sources()).containsExactly("residents:3", "residents:12", "benefits:77");
        assertThat(g.lineage()).isEqualTo("residents:3|residents:12|benefits:77");
    }

    @Test
    void tiesGoToTheFirstMemberInSourceThenKeyOrderWhateverTheInputOrder() {
        Survivorship s = Survivorship.defaults(FIELDS);
        Member a = m("residents", 0, "9", "Іваненко", "Ольга", null, null, null);
        Member b = m("residents", 0, "10", "Иваненко", "Ольга", null, null, null);
        Member c = m("benefits", 1, "1", "Іваненко-Сидоренко", "Ольга", null, null, null);
        GoldenRecord one = s.merge("c", List.of(a, b, c));
        GoldenRecord other = s.merge("c", List.of(c, b, a));
        assertThat(one.values()).containsExactly(other.values());
        assertThat(one.values()[0]).isEqualTo("Іваненко");
        assertThat(one.values()[2]).as("every member lacks it").isNull();
    }

    @Test
    void mostRecentSkipsMembersWithoutTheValueAndRanksUndatedRowsLast() {
        SurvivalRule rule = new SurvivalRule.MostRecent("entry_date", 4);
        List<Member> members = List.of(
                m("residents", 0, "1", null, null, null, "вул. Стара", null),
                m("residents", 0, "2", null, null, null, "вул. Нова", "2020-01-01"),
                m("residents", 0, "3", null, null, null, null, "2025-01-01"));
        assertThat(rule.choose(members, 3)).isEqualTo("вул. Нова");
    }

    @Test
    void validFirstFallsBackToTheMostFrequentWhenNoValueIsValid() {
        SurvivalRule rule = new SurvivalRule.ValidFirst(ENDS_IN_5);
        List<Member> members = List.of(
                m("residents", 0, "1", null, null, "1111111111", null, null),
                m("residents", 0, "2", null, null, "3333333333", null, null),
                m("residents", 0, "3", null, null, "3333333333", null, null));
        assertThat(rule.choose(members, 2)).isEqualTo("3333333333");
    }

    @Test
    void reportsUnknownFieldsRulesSourcesAndDateFieldsWithTheirPlace() throws Exception {
        List<JobError> errors = new ArrayList<>();
        read("""
                default: longest
                surnme: longest
                given_name: most_frequnt
                street: {most_recent: entry_dat}
                rnokpp: {source_priority: [benefts]}
                """, errors);
        assertThat(errors).extracting(JobError::toString).satisfiesExactly(
                e -> assertThat(e).contains("job.yaml:9:").contains("'surnme' is not a field").contains("did you mean 'surname'"),
                e -> assertThat(e).contains("job.yaml:10:").contains("unknown rule 'most_frequnt'").contains("most_frequent"),
                e -> assertThat(e).contains("job.yaml:11:").contains("'entry_dat'").contains("entry_date"),
                e -> assertThat(e).contains("job.yaml:12:").contains("unknown source id 'benefts'").contains("benefits"));
    }
}
