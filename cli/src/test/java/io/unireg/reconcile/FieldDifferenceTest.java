package io.unireg.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDifferenceTest {

    @Test
    void formattingKeyKeepsLettersAndDigitsOnly() {
        assertThat(FieldDifference.formattingKey("KOBAЛEHKO")).isEqualTo("коваленко");
        assertThat(FieldDifference.formattingKey("Марʼяна")).isEqualTo("маряна");
    }

    @Test
    void spacesPunctuationCaseApostrophesAndLookAlikeLettersAreFormatting() {
        assertThat(FieldDifference.of(0, "вул. Сумська", "вул.Сумська").kind()).isEqualTo("formatting");
        assertThat(FieldDifference.of(0, "Коваленко", "КОВАЛЕНКО").kind()).isEqualTo("formatting");
        // Latin K, O, B, A, E, H inside a Cyrillic word
        assertThat(FieldDifference.of(0, "Коваленко", "KOBAЛEHKO").kind()).isEqualTo("formatting");
        assertThat(FieldDifference.of(0, "Мар'яна", "Марʼяна").kind()).isEqualTo("formatting");
        assertThat(FieldDifference.of(0, "Левицька-Коваль", "Левицька Коваль").formatting()).isTrue();
    }

    @Test
    void anotherValueIsAValueDifference() {
        assertThat(FieldDifference.of(0, "Харків", "Київ").kind()).isEqualTo("value");
        assertThat(FieldDifference.of(0, "1984-01-02", "1984-02-01").kind()).isEqualTo("value");
        // a Russian form is another spelling, not a formatting slip
        assertThat(FieldDifference.of(0, "Олена", "Елена").kind()).isEqualTo("value");
        assertThat(FieldDifference.of(0, "12", "12А").formatting()).isFalse();
    }
}
