package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.unireg.normalize.Steps.apply;
import static org.assertj.core.api.Assertions.assertThat;

class MatchStartsTest {

    private static final String[] PATTERNS = {"[\\s№]+", "^(\\d{9})$", "(?i)^(ID-картка|ID|паспорт)\\s*", "\\d+",
            "(?i)кв\\.?\\s*\\d+$", "[^\\d]", "x|y", "(?i)[а-я]+", "\\p{IsCyrillic}+", "(?=\\d)\\d{2}", "(?!a)[ab]", "a$",
            "\\s+$", "^\\s+", "(?m)^x", ".", "[A-Z]{2}\\d", "ї+", "(?i)ГУ", "\\Qa.b\\E", "(?:ab)+", "\\x{1F600}", "(a)(b)?",
            "\\R", "(?s).+", "[Ѐ-ӿ&&[^а-я]]", "(?i)SS", "(?<=a)b", "\\bx", "\\Bx", "x*", "$", "\\z", "(?!x)", "(?<d>\\d)(?<e>\\d)?"};
    private static final String[] REPLACEMENTS = {"", "-", "[$0]"};
    /** ASCII, Cyrillic, NBSP, line breaks, ß and İ (case folding), an emoji (a surrogate pair). */
    private static final String[] PIECES = {"0", "1", "9", " ", "a", "b", "x", "y", "A", "B", "X", "Y", "S", "s", "а", "я",
            "А", "Я", "ї", "Ї", "г", "у", "Г", "У", "№", "-", ".", "\n", "\r", "\t", "\u00A0", "ß", "İ", "😀", "Ё", "ѐ"};

    @Test
    void stepsGiveWhatTheRegexEngineAloneGives() {
        Random random = new Random(11);
        for (String regex : PATTERNS) {
            Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CASE);
            String quoted = regex.replace("'", "''");
            for (String replacement : REPLACEMENTS) {
                String replace = "{regex_replace: ['" + quoted + "', '" + replacement + "']}";
                String extract = "{regex_extract: '" + quoted + "'}";
                for (int i = 0; i < 400; i++) {
                    String v = value(random);
                    String replaced = pattern.matcher(v).replaceAll(replacement);
                    assertThat(apply(replace, v))
                            .as("%s → '%s' on '%s'", regex, replacement, v)
                            .isEqualTo(replaced.isEmpty() ? Outcome.missing() : Outcome.ok(replaced));
                    Matcher m = pattern.matcher(v);
                    String found = !m.find() ? null : m.groupCount() >= 1 ? m.group(1) : m.group();
                    assertThat(apply(extract, v))
                            .as("extract %s on '%s'", regex, v)
                            .isEqualTo(found == null || found.isEmpty() ? Outcome.missing() : Outcome.ok(found));
                }
            }
        }
    }

    @Test
    void aValueWithoutACharAMatchCanBeginWithSkipsTheEngine() {
        MatchStarts spaces = MatchStarts.of(Pattern.compile("[\\s№]+", Pattern.UNICODE_CASE));
        assertThat(spaces.mayMatch("МВ200252")).isFalse();
        assertThat(spaces.mayMatch("МВ 200252")).isTrue();
        assertThat(spaces.mayMatch("№200252")).isTrue();
        MatchStarts prefix = MatchStarts.of(Pattern.compile("(?i)^(ID-картка|ID|паспорт)\\s*", Pattern.UNICODE_CASE));
        assertThat(prefix.mayMatch("МВ200252")).isFalse();
        assertThat(prefix.mayMatch("ПАСПОРТ МВ200252")).as("(?i) folds Cyrillic").isTrue();
        assertThat(prefix.mayMatch("id 1")).isTrue();
        MatchStarts lookahead = MatchStarts.of(Pattern.compile("(?!a)[ab]"));
        assertThat(lookahead.mayMatch("aaa")).isFalse();
        assertThat(lookahead.mayMatch("ab")).isTrue();
        assertThat(MatchStarts.of(Pattern.compile("\\x{1F600}")).mayMatch("a😀")).as("surrogates go to the engine").isTrue();
        assertThat(MatchStarts.of(Pattern.compile("(?<n>\\d)")).mayMatch("МВ")).as("a named group is no lookbehind").isFalse();
    }

    @Test
    void patternsWhoseMatchesDependOnWhatPrecedesThemOrMatchNothingAreLeftToTheEngine() {
        for (String regex : new String[]{"(?<=a)b", "(?<!a)b", "\\bx", "x\\B", "\\Gx", "x*", "$", "\\z", "(?!x)", "a|"}) {
            assertThat(MatchStarts.of(Pattern.compile(regex))).as(regex).isNull();
        }
        assertThat(MatchStarts.of(Pattern.compile("e\u0301", Pattern.CANON_EQ))).isNull();
    }

    private static String value(Random random) {
        StringBuilder value = new StringBuilder();
        for (int k = random.nextInt(10); k > 0; k--) {
            value.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return value.toString();
    }
}
