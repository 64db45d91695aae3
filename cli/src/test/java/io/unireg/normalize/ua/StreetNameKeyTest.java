package io.unireg.normalize.ua;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class StreetNameKeyTest {

    @Test
    void ignoresCaseApostrophesEYeHyphensAndSpaces() {
        assertThat(StreetNameKey.of("Юр’єва")).isEqualTo(StreetNameKey.of("юр'ева")).isEqualTo("юрева");
        assertThat(StreetNameKey.of("  Велика  Панасівська-Нова ")).isEqualTo("велика панасівська нова");
        assertThat(StreetNameKey.of("Ї\u00A0Ё")).isEqualTo("і е");
    }

    @Test
    void lowersLettersThatStringLowersByContextAsStringDoes() {
        // İ lowers to two chars and Σ by its place in the word: the key must agree with String.toLowerCase.
        assertThat(StreetNameKey.of("İзюм")).isEqualTo("İзюм".toLowerCase(Locale.ROOT));
        assertThat(StreetNameKey.of("ΟΔΟΣ Σ")).isEqualTo("ΟΔΟΣ Σ".toLowerCase(Locale.ROOT));
        assertThat(StreetNameKey.of("𐐀Ab")).isEqualTo("𐐀Ab".toLowerCase(Locale.ROOT));
    }

    @Test
    void theRememberedKeyIsTheKey() {
        for (String name : new String[] {"Сумська", "СУМСЬКА", "Пушкінська", "Сумська"}) {
            assertThat(StreetNameKey.cached(name)).isEqualTo(StreetNameKey.of(name));
        }
    }
}
