package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-made fast paths of {@link TitleCase} and {@link Spaces} give what the slow ones would, for every char. */
class TitleCaseTest {

    @Test
    void letterAndCaseAnswersAreCharactersForEveryChar() {
        List<String> differing = new ArrayList<>();
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (TitleCase.isLetter(c) != Character.isLetter(c)
                    || TitleCase.toUpperCase(c) != Character.toUpperCase(c)
                    || TitleCase.toLowerCase(c) != Character.toLowerCase(c)) {
                differing.add(String.format("U+%04X", i));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void spacesAreTheListedOnesAndNoOther() {
        Set<Character> wide = Set.of('\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF');
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean expected = c <= ' ' || wide.contains(c) || c >= '\u2000' && c <= '\u200B';
            assertThat(Spaces.isSpace(c)).as("U+%04X", i).isEqualTo(expected);
        }
    }

    @Test
    void namesComeOutAsBefore() {
        assertThat(TitleCase.apply("ЛЕВИЦЬКА-КОВАЛЬ п'ЯТАК")).isEqualTo("Левицька-Коваль П'ятак");
        assertThat(TitleCase.apply("ґудзь ЇЖАК єва ІВАН")).isEqualTo("Ґудзь Їжак Єва Іван");
        assertThat(TitleCase.apply("o'NEIL-smith 23-ГО о.м.")).isEqualTo("O'neil-Smith 23-го О.М.");
        String already = "Коваленко";
        assertThat(TitleCase.apply(already)).as("nothing to change: the same instance").isSameAs(already);
    }
}
