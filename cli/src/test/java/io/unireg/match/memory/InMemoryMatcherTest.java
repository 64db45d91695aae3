package io.unireg.match.memory;

import io.unireg.job.JobError;
import io.unireg.job.YamlNode;
import io.unireg.job.YamlReader;
import io.unireg.match.BlockingPlan;
import io.unireg.match.Decision;
import io.unireg.match.DecisionReason;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.MatchSettingsReader;
import io.unireg.match.ParametersFile;
import io.unireg.match.RecordRef;
import io.unireg.match.ScoredPair;
import io.unireg.match.TrainedParameters;
import io.unireg.match.eval.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryMatcherTest {

    static final List<String> FIELDS = List.of("surname", "given_name", "birth_date", "rnokpp", "sex");
    static final String SETTINGS = """
            dedupe:
              blocking:
                - [rnokpp]
                - [name_key(surname), birth_date]
                - [name_key(given_name), birth_year]
              compare:
                surname: [exact, name_equivalent, jaro_winkler >= 0.9]
                given_name: [exact, name_equivalent, jaro_winkler >= 0.9]
                birth_date: [exact, day_month_swapped, within 2 days, same_year]
                rnokpp: [exact, levenshtein <= 1]
              term_frequency: [surname]
              identifiers: {rnokpp: rnokpp}
              rules:
                - same: [rnokpp, birth_date]
                - different: [rnokpp]
              thresholds: {match: 0.9, review: 0.5}
              training: {random_pairs: 200000}
            """;
    static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
            "Мельник", "Поліщук", "Лисенко", "Руденко", "Савченко", "Гончаренко", "Марченко", "Клименко", "Петренко"};
    static final String[] GIVEN = {"Микола", "Олександр", "Іван", "Сергій", "Андрій", "Олена", "Наталія", "Тетяна",
            "Ірина", "Юлія", "Петро", "Василь", "Оксана", "Марія", "Дмитро"};
    static final Map<String, String> RUSSIAN = Map.of("Микола", "Николай", "Олександр", "Александр", "Сергій", "Сергей",
            "Наталія", "Наталья", "Олена", "Елена");

    static MatchSettings settings(String yaml) {
        List<JobError> errors = new ArrayList<>();
        YamlNode root = YamlReader.parse("t.yaml", yaml, errors);
        MatchSettings s = MatchSettingsReader.read(((YamlNode.Mapping) root).get("dedupe"), FIELDS, List.of("residents"),
                Path.of("."), Set.of(), errors);
        assertThat(errors).isEmpty();
        return s;
    }

    /** n people, a share of them typed again with a Russian name form, a typo, a swapped date or no RNOKPP. */
    static List<MatchRecord> generate(int people, double duplicates, long seed, Map<RecordRef, String> truth) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<MatchRecord> out = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            String surname = SURNAMES[rnd.nextInt(SURNAMES.length)] + (rnd.nextInt(3) == 0 ? "" : SURNAMES[rnd.nextInt(SURNAMES.length)].substring(0, 3).toLowerCase());
            String given = GIVEN[rnd.nextInt(GIVEN.length)];
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(rnd.nextInt(70 * 365));
            String rnokpp = io.unireg.normalize.ua.Rnokpp.make(birth, rnd.nextInt(1, 9999), rnd.nextBoolean());
            String sex = rnd.nextBoolean() ? "M" : "F";
            add(out, truth, "P" + p, surname, given, birth.toString(), rnokpp, sex);
            int copies = rnd.nextDouble() < duplicates ? 1 + rnd.nextInt(2) : 0;
            for (int c = 0; c < copies; c++) {
                String s2 = surname;
                String g2 = given;
                String b2 = birth.toString();
                String r2 = rnokpp;
                switch (rnd.nextInt(4)) {
                    case 0 -> g2 = RUSSIAN.getOrDefault(given, given);
                    case 1 -> s2 = surname.substring(0, surname.length() - 1) + "о";
                    case 2 -> b2 = birth.getDayOfMonth() <= 12 ? LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue()).toString() : birth.plusDays(1).toString();
                    default -> r2 = null;
                }
                add(out, truth, "P" + p, s2, g2, b2, r2, sex);
            }
        }
        return out;
    }

    static void add(List<MatchRecord> out, Map<RecordRef, String> truth, String entity, String... values) {
        MatchRecord r = new MatchRecord(out.size(), "residents", Integer.toString(out.size() + 1), values);
        out.add(r);
        if (truth != null) {
            truth.put(r.ref(), entity);
        }
    }

    static Map<RecordRef, String> clusters(List<MatchRecord> records, MatchResult result) {
        Map<RecordRef, String> out = new HashMap<>();
        records.forEach(r -> out.put(r.ref(), Integer.toString(result.clusters().clusterOf(r.id()))));
        return out;
    }

    @Test
    void findsRussianFormsTyposAndSwappedDatesInGeneratedData() {
        Map<RecordRef, String> truth = new HashMap<>();
        List<MatchRecord> records = generate(3000, 0.15, 11, truth);
        MatchResult result = new InMemoryMatcher().run(settings(SETTINGS), null, records, MatchConstraints.NONE);
        Evaluation e = Evaluation.of(truth, clusters(records, result), 5);
        assertThat(e.f1()).as("%s", e).isGreaterThanOrEqualTo(0.98);
        assertThat(result.parameters().matchPrior()).isBetween(1e-6, 1e-3);
        assertThat(result.comparedPerRule()).hasSize(3);
        assertThat(result.pairs().size()).isEqualTo(java.util.Arrays.stream(result.comparedPerRule()).sum());
    }

    @Test
    void sameInputsGiveTheSameParametersAndPairs() {
        List<MatchRecord> records = generate(1500, 0.15, 3, null);
        MatchSettings s = settings(SETTINGS);
        MatchResult a = new InMemoryMatcher().run(s, null, records, MatchConstraints.NONE);
        MatchResult b = new InMemoryMatcher().run(s, null, records, MatchConstraints.NONE);
        assertThat(a.parameters()).isEqualTo(b.parameters());
        assertThat(a.pairs().size()).isEqualTo(b.pairs().size());
        for (int i = 0; i < a.pairs().size(); i += 7) {
            assertThat(a.pairs().pair(i)).isEqualTo(b.pairs().pair(i));
        }
    }

    @Test
    void pinnedParametersRoundTripThroughYamlAndScoreTheSame(@TempDir Path dir) throws Exception {
        List<MatchRecord> records = generate(1500, 0.15, 5, null);
        MatchSettings s = settings(SETTINGS);
        InMemoryMatcher m = new InMemoryMatcher();
        TrainedParameters trained = m.train(s, records);
        Path file = dir.resolve("params.yaml");
        ParametersFile.write(trained, file);
        TrainedParameters loaded = ParametersFile.read(file);
        assertThat(loaded).isEqualTo(trained);
        assertThat(loaded.fits(s)).isTrue();
        MatchResult a = m.run(s, trained, records, MatchConstraints.NONE);
        MatchResult b = m.run(s, loaded, records, MatchConstraints.NONE);
        assertThat(b.pairs().decisionCounts()).isEqualTo(a.pairs().decisionCounts());
        MatchSettings changed = settings(SETTINGS.replace("rnokpp: [exact, levenshtein <= 1]", "rnokpp: [exact]"));
        assertThatThrownBy(() -> m.run(changed, loaded, records, MatchConstraints.NONE)).hasMessageContaining("unireg train");
    }

    @Test
    void refusesAnExplodingRuleBeforeRunningIt() {
        List<MatchRecord> records = generate(2000, 0.1, 1, null);
        MatchSettings s = settings(SETTINGS.replace("- [rnokpp]", "- [sex]").replace("thresholds:", "max_pairs_per_rule: 100000\n  thresholds:"));
        BlockingPlan plan = new InMemoryMatcher().plan(s, records);
        assertThat(plan.runnable()).isFalse();
        assertThat(plan.refused()).singleElement().satisfies(r -> {
            assertThat(r.rule().toString()).isEqualTo("[sex]");
            assertThat(r.candidatePairs()).isGreaterThan(100000);
            assertThat(r.advice()).contains("[sex]").contains("max_pairs_per_rule");
        });
        assertThatThrownBy(() -> new InMemoryMatcher().run(s, null, records, MatchConstraints.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[sex]");
    }

    @Test
    void differentValidRnokppsNeverMatchAndAChainIsSplitAtItsWeakestLink() {
        List<MatchRecord> records = generate(400, 0.1, 9, null);
        int base = records.size();
        // A and C: same person data but two different valid RNOKPPs; B (no RNOKPP) bridges them
        add(records, null, "x", "Зайченко", "Богдан", "1948-02-28", "1759013776", "M");
        add(records, null, "x", "Зайченко", "Богдан", "1948-02-28", null, "M");
        String other = io.unireg.normalize.ua.Rnokpp.make(LocalDate.of(1948, 2, 28), 4321, true);
        add(records, null, "x", "Зайченко", "Богдан", "1948-02-28", other, "M");
        assertThat(io.unireg.normalize.ua.Rnokpp.isValid(other)).isTrue();
        MatchResult result = new InMemoryMatcher().run(settings(SETTINGS), null, records, MatchConstraints.NONE);
        ScoredPair ac = result.explain(base, base + 2);
        assertThat(ac.decision()).isEqualTo(Decision.NON_MATCH);
        assertThat(ac.reason()).isEqualTo(DecisionReason.RULE);
        assertThat(ac.rule()).isEqualTo("different: [rnokpp]");
        assertThat(result.clusters().clusterOf(base)).isNotEqualTo(result.clusters().clusterOf(base + 2));
        assertThat(result.clusters().splits()).anySatisfy(split -> {
            assertThat(split.recordList()).contains(base, base + 1, base + 2);
            assertThat(split.reason()).contains("rnokpp");
            assertThat(split.cutPairs()).hasSize(1);
        });
    }

    @Test
    void clerkDecisionsOverrideTheModelAndUnknownRecordsAreReported() {
        List<MatchRecord> records = new ArrayList<>(generate(300, 0.0, 4, null));
        int base = records.size();
        add(records, null, "x", "Гнатюк", "Ярослав", "1961-05-05", null, "M");
        add(records, null, "x", "Гнатюк", "Ярослав", "1961-05-05", null, "M");
        add(records, null, "y", "Яковенко", "Зоя", "1990-01-01", null, "F");
        add(records, null, "y", "Яковлева", "Зоя", "1980-03-03", null, "F");
        MatchConstraints decisions = new MatchConstraints(
                List.of(new MatchConstraints.Link(records.get(base + 2).ref(), records.get(base + 3).ref(), "review.csv:2"),
                        new MatchConstraints.Link(new RecordRef("residents", "nope"), records.get(0).ref(), "review.csv:4")),
                List.of(new MatchConstraints.Link(records.get(base).ref(), records.get(base + 1).ref(), "review.csv:3")));
        MatchResult result = new InMemoryMatcher().run(settings(SETTINGS), null, records, decisions);
        assertThat(result.clusters().clusterOf(base)).isNotEqualTo(result.clusters().clusterOf(base + 1));
        assertThat(result.clusters().clusterOf(base + 2)).isEqualTo(result.clusters().clusterOf(base + 3));
        assertThat(result.constraints().mustLinkApplied()).isEqualTo(1);
        assertThat(result.constraints().cannotLinkApplied()).isEqualTo(1);
        assertThat(result.constraints().unknownRecords()).singleElement().satisfies(l -> assertThat(l.origin()).isEqualTo("review.csv:4"));
        boolean clerkPair = false;
        for (int i = 0; i < result.pairs().size(); i++) {
            if (result.pairs().left(i) == base && result.pairs().right(i) == base + 1) {
                assertThat(result.pairs().reason(i)).isEqualTo(DecisionReason.CLERK);
                assertThat(result.pairs().decision(i)).isEqualTo(Decision.NON_MATCH);
                clerkPair = true;
            }
        }
        assertThat(clerkPair).isTrue();
    }

    @Test
    void explainShowsEachFieldsLevelAndWeightSummingToTheTotal() {
        List<MatchRecord> records = generate(1000, 0.15, 8, null);
        int base = records.size();
        add(records, null, "x", "Коваленко", "Николай", "1970-03-04", null, "M");
        add(records, null, "x", "Коваленко", "Микола", "1970-04-03", null, "M");
        MatchResult result = new InMemoryMatcher().run(settings(SETTINGS), null, records, MatchConstraints.NONE);
        ScoredPair p = result.explain(base, base + 1);
        assertThat(p.fields()).extracting(f -> f.levelLabel()).containsExactly("exact", "name_equivalent", "day_month_swapped", "null");
        double sum = p.priorWeight() + p.fields().stream().mapToDouble(f -> f.weight()).sum();
        assertThat(p.matchWeight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(p.fields().get(0).tfAdjustment()).isNotZero();
        assertThat(p.fields().get(3).weight()).isZero();
    }

    @Test
    void crosswiseLevelFindsNamesWrittenInEachOthersFieldsButNotOneCoincidence() {
        String yaml = SETTINGS.replace("surname: [exact, name_equivalent, jaro_winkler >= 0.9]",
                        "surname: [exact, name_equivalent, jaro_winkler >= 0.9, crosswise given_name]")
                .replace("given_name: [exact, name_equivalent, jaro_winkler >= 0.9]",
                        "given_name: [exact, name_equivalent, jaro_winkler >= 0.9, crosswise surname]");
        List<MatchRecord> records = generate(600, 0.15, 12, null);
        int base = records.size();
        add(records, null, "x", "Гнатюк", "Ярослав", "1961-05-05", null, "M");
        add(records, null, "x", "Ярослав", "Гнатюк", "1961-05-05", null, "M");      // swapped
        add(records, null, "x", "Ярослав", null, "1961-05-05", null, "M");          // surname typed as given name, no surname
        add(records, null, "x", "Ярославк", "Гнатюк", "1961-05-05", null, "M");     // swapped, one with a typo
        add(records, null, "y", "Ярослав", "Петро", "1961-05-05", null, "M");       // one coincidence only
        MatchResult result = new InMemoryMatcher().run(settings(yaml), null, records, MatchConstraints.NONE);
        assertThat(result.explain(base, base + 1).fields()).extracting(f -> f.levelLabel())
                .startsWith("crosswise given_name", "crosswise surname");
        assertThat(result.explain(base, base + 2).fields()).extracting(f -> f.levelLabel())
                .startsWith("crosswise given_name", "null");
        assertThat(result.explain(base, base + 3).fields()).extracting(f -> f.levelLabel())
                .startsWith("crosswise given_name", "crosswise surname");
        ScoredPair once = result.explain(base, base + 4);
        assertThat(once.fields()).extracting(f -> f.levelLabel()).startsWith("else", "else");
        assertThat(result.explain(base, base + 1).matchWeight()).isGreaterThan(once.matchWeight());
    }

    /**
     * A level the candidate pairs almost never reach (the swapped names above: no blocking rule pairs
     * them) used to get m at EM's floor and a negative weight, below the weaker levels listed after it.
     * The Jeffreys pseudo-count and the monotone pooling keep its weight positive and in order.
     */
    @Test
    void aRarelySeenLevelNeverWeighsLessThanTheLevelsListedAfterIt() {
        String yaml = SETTINGS.replace("surname: [exact, name_equivalent, jaro_winkler >= 0.9]",
                        "surname: [exact, name_equivalent, jaro_winkler >= 0.9, crosswise given_name]");
        List<MatchRecord> records = generate(600, 0.15, 12, null);
        add(records, null, "x", "Гнатюк", "Ярослав", "1961-05-05", null, "M");
        add(records, null, "x", "Ярослав", "Гнатюк", "1961-05-05", null, "M");
        TrainedParameters p = new InMemoryMatcher().train(settings(yaml), records);
        assertThat(p.fields().get(0).levels().get(4).level()).isEqualTo("crosswise given_name");
        assertThat(p.fields().get(0).levels().get(4).weight()).isPositive();
        for (var field : p.fields()) {
            for (int l = 2; l < field.levels().size(); l++) {
                assertThat(field.levels().get(l).weight()).as("%s: %s vs %s", field.field(), field.levels().get(l - 1).level(),
                        field.levels().get(l).level()).isLessThanOrEqualTo(field.levels().get(l - 1).weight() + 1e-9);
            }
        }
    }

    @Test
    void monotonePoolingKeepsTotalMAndOrdersTheRatios() {
        double[] u = {0, 0.001, 0.0001, 0.01, 0.9889};
        double[] m = {0, 0.5, 0.00001, 0.3, 0.19999};
        double[] out = Trainer.monotone(m, u);
        assertThat(out[1]).isEqualTo(0.5);
        assertThat(out[2] / u[2]).isCloseTo(out[3] / u[3], org.assertj.core.api.Assertions.within(1e-9));
        assertThat(out[2] + out[3]).isCloseTo(m[2] + m[3], org.assertj.core.api.Assertions.within(1e-12));
        assertThat(out[4]).isEqualTo(m[4]);
        assertThat(Trainer.monotone(new double[]{0, 0.9, 0.1}, new double[]{0, 0.01, 0.99})).containsExactly(0, 0.9, 0.1);
    }

    /** explain used to say blockedBy = -1 for every pair, also for those a blocking rule makes. */
    @Test
    void explainNamesTheBlockingRuleThatMakesThePairAndGivesTheRunsDecision() {
        List<MatchRecord> records = generate(500, 0.1, 21, null);
        int base = records.size();
        add(records, null, "x", "Гнатюк", "Ярослав", "1961-05-05", null, "M");
        add(records, null, "x", "Гнатюк", "Ярослав", "1961-05-05", null, "M");       // rule 1: [name_key(surname), birth_date]
        add(records, null, "y", "Яковенко", "Ярослав", "1961-09-09", null, "M");     // rule 2 with base: [name_key(given_name), birth_year]
        add(records, null, "z", "Зайченко", "Зоя", "1990-01-01", null, "F");         // no rule pairs it with base
        MatchResult result = new InMemoryMatcher().run(settings(SETTINGS), null, records, MatchConstraints.NONE);
        assertThat(result.explain(base, base + 1).blockedBy()).isEqualTo(1);
        assertThat(result.explain(base + 2, base).blockedBy()).isEqualTo(2);
        assertThat(result.explain(base, base + 3).blockedBy()).isEqualTo(-1);
        for (int i = 0; i < result.pairs().size(); i += 11) {
            ScoredPair recorded = result.pairs().pair(i);
            ScoredPair explained = result.explain(recorded.left(), recorded.right());
            assertThat(explained.blockedBy()).isEqualTo(recorded.blockedBy());
            assertThat(explained.decision()).isEqualTo(recorded.decision());
            assertThat(explained.reason()).isEqualTo(recorded.reason());
            assertThat(explained.matchWeight()).isCloseTo(recorded.matchWeight(), org.assertj.core.api.Assertions.within(1e-4));
            assertThat(recorded.blockedBy()).isBetween(0, 2);
        }
    }
}
