package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TitleCase}'s hand-made letter and case answers give what Character's would, for every char. */
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
    void namesComeOutAsBefore() {
        assertThat(TitleCase.apply("ЛЕВИЦЬКА-КОВАЛЬ п'ЯТАК")).isEqualTo("Левицька-Коваль П'ятак");
        assertThat(TitleCase.apply("ґудзь ЇЖАК єва ІВАН")).isEqualTo("Ґудзь Їжак Єва Іван");
        assertThat(TitleCase.apply("o'NEIL-smith 23-ГО о.м.")).isEqualTo("O'neil-Smith 23-го О.М.");
        String already = "Коваленко";
        assertThat(TitleCase.apply(already)).as("nothing to change: the same instance").isSameAs(already);
    }
}
