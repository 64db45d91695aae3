package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static io.unireg.normalize.Steps.apply;
import static io.unireg.normalize.Steps.step;
import static io.unireg.normalize.Steps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternFunctionsTest {

    @Test
    void replaceUsesGroups() {
        assertThat(value("{regex_replace: ['(\\d{2})\\.(\\d{2})\\.(\\d{4})', '$3-$2-$1']}", "нар. 05.03.1990"))
                .isEqualTo("нар. 1990-03-05");
    }

    @Test
    void replaceIgnoresCaseOfCyrillicWithInlineFlag() {
        String step = "{regex_replace: ['(?i)\\s*(кв|квартира)\\.?\\s*\\d+$', '']}";
        assertThat(value(step, "вул. Сумська, 10 КВ. 5")).isEqualTo("вул. Сумська, 10");
        assertThat(value(step, "вул. Сумська, 10 квартира 5")).isEqualTo("вул. Сумська, 10");
    }

    @Test
    void replaceThatLeavesNothingGivesMissing() {
        assertThat(apply("{regex_replace: ['^[-–—]+$', '']}", "---")).isEqualTo(Outcome.missing());
        assertThat(apply("{regex_replace: ['x', 'y']}", null)).isEqualTo(Outcome.missing());
    }

    @Test
    void replaceReturnsTheSameStringWithoutAMatch() {
        String clean = "Харків";
        assertThat(value("{regex_replace: ['\\d', '']}", clean)).isSameAs(clean);
    }

    @Test
    void replaceAgreesWithTheJdksReplaceAll() {
        // The step's own loop must give what Matcher.replaceAll gives, empty matches and groups included.
        String[] patterns = {"^(\\d{9})$", "[\\s№]+", "x*", "(?i)^(ID-картка|ID|паспорт)\\s*", "\\b", "(a)|(б)", "$"};
        String[] replacements = {"0$1", "", "-", "[$0]", "\\$"};
        String alphabet = "0123456789 xaбIDidпаспорт№-\n";
        Random random = new Random(7);
        for (String regex : patterns) {
            Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CASE);
            for (String replacement : replacements) {
                if (replacement.equals("0$1") && pattern.matcher("").groupCount() < 1) {
                    continue;
                }
                for (int i = 0; i < 300; i++) {
                    StringBuilder value = new StringBuilder();
                    for (int k = random.nextInt(12); k > 0; k--) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String v = value.toString();
                    assertThat(PatternFunctions.replaceAll(pattern.matcher(v), v, replacement))
                            .as("%s → %s on '%s'", regex, replacement, v)
                            .isEqualTo(pattern.matcher(v).replaceAll(replacement));
                }
            }
        }
    }

    @Test
    void invalidPatternIsReportedWhenTheJobLoads() {
        assertThatThrownBy(() -> step("{regex_replace: ['(кв', '']}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("regex_replace: pattern '(кв' is invalid: Unclosed group");
        assertThatThrownBy(() -> step("{regex_extract: '[0-9'}"))
                .hasMessageStartingWith("regex_extract: pattern '[0-9' is invalid:");
    }

    @Test
    void replacementNamingAMissingGroupIsReportedWhenTheJobLoads() {
        assertThatThrownBy(() -> step("{regex_replace: ['(a)', '$2']}"))
                .hasMessageStartingWith("regex_replace: replacement '$2' is invalid:");
        assertThatThrownBy(() -> step("{regex_replace: ['(?<n>a)', '${m}']}"))
                .hasMessageStartingWith("regex_replace: replacement '${m}' is invalid:");
        assertThat(value("{regex_replace: ['(?<n>a)', '${n}${n}']}", "a")).isEqualTo("aa");
    }

    @Test
    void replaceNeedsPatternAndReplacement() {
        assertThatThrownBy(() -> step("{regex_replace: 'x'}"))
                .hasMessage("regex_replace: expects [pattern, replacement], found 1 value(s)");
    }

    @Test
    void extractTakesGroupOneOrTheWholeMatch() {
        assertThat(value("{regex_extract: 'буд\\.\\s*(\\d+[а-яі]?)'}", "вул. Сумська, буд. 10а, кв. 5")).isEqualTo("10а");
        assertThat(value("{regex_extract: '\\d{5}'}", "61002, Харків")).isEqualTo("61002");
    }

    @Test
    void extractWithoutAMatchGivesMissing() {
        assertThat(apply("{regex_extract: '\\d{5}'}", "Харків")).isEqualTo(Outcome.missing());
        assertThat(apply("{regex_extract: '(x)?y'}", "y")).isEqualTo(Outcome.missing());
    }

    /** One normaliser serves every normalising thread, and each thread reuses its own matcher. */
    @Test
    void oneStepGivesEachThreadItsOwnAnswerWhenThreadsShareIt() throws Exception {
        Normaliser replace = step("{regex_replace: ['^(\\d{9})$', '0$1']}");
        Normaliser extract = step("{regex_extract: 'буд\\.\\s*(\\d+)'}");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                wrong.add(pool.submit(() -> {
                    int bad = 0;
                    for (int i = 0; i < 20_000; i++) {
                        int n = 100_000_000 + seed * 20_000 + i;
                        bad += replace.apply(Integer.toString(n), RowContext.EMPTY).value().equals("0" + n) ? 0 : 1;
                        bad += replace.apply(n + "1", RowContext.EMPTY).value().equals(n + "1") ? 0 : 1;
                        bad += extract.apply("вул. Сумська, буд. " + n, RowContext.EMPTY).value().equals(Integer.toString(n)) ? 0 : 1;
                    }
                    return bad;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : wrong) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
