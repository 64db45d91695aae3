package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Spaces#isSpace}'s split into a fast test and the rare wide spaces answers as the list says, for every char. */
class SpacesTest {

    @Test
    void spacesAreTheListedOnesAndNoOther() {
        Set<Character> wide = Set.of('\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF');
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean expected = c <= ' ' || wide.contains(c) || c >= '\u2000' && c <= '\u200B';
            assertThat(Spaces.isSpace(c)).as("U+%04X", i).isEqualTo(expected);
        }
    }
}
