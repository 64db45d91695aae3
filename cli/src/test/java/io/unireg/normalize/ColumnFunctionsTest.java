package io.unireg.normalize;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.unireg.normalize.Steps.row;
import static io.unireg.normalize.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnFunctionsTest {

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void concatJoinsPresentColumnsTrimmed() {
        Normaliser concat = step("{concat: {of: [ПРІЗВИЩЕ, ІМЯ, ПОБАТЬКОВІ]}}");
        assertThat(concat.apply(null, row(columns("ПРІЗВИЩЕ", " Коваленко", "ІМЯ", "Олена", "ПОБАТЬКОВІ", "  "))).value())
                .isEqualTo("Коваленко Олена");
    }

    @Test
    void concatUsesSeparatorLiteralsAndTheCurrentValue() {
        Normaliser concat = step("{concat: {of: [ВУЛИЦЯ, \"'буд.'\", $value], sep: ' '}}");
        assertThat(concat.apply("10а", row(columns("ВУЛИЦЯ", "вул. Сумська"))).value()).isEqualTo("вул. Сумська буд. 10а");
        Normaliser dashed = step("{concat: {of: [СЕРІЯ, НОМЕР], sep: ''}}");
        assertThat(dashed.apply(null, row(columns("СЕРІЯ", "МК", "НОМЕР", "123456"))).value()).isEqualTo("МК123456");
    }

    @Test
    void concatTakesAPlainListWithASpace() {
        Normaliser concat = step("{concat: [ПРІЗВИЩЕ, ІМЯ]}");
        assertThat(concat.apply(null, row(columns("ПРІЗВИЩЕ", "Коваль", "ІМЯ", "Іван"))).value()).isEqualTo("Коваль Іван");
    }

    @Test
    void concatWithNothingPresentIsMissingEvenWithLiterals() {
        Normaliser concat = step("{concat: {of: [ВУЛИЦЯ, \"'буд.'\", БУДИНОК]}}");
        assertThat(concat.apply(null, RowContext.EMPTY)).isEqualTo(Outcome.missing());
    }

    @Test
    void concatDeclaresItsColumnsInOrder() {
        Normaliser concat = step("{concat: {of: [ПРІЗВИЩЕ, $value, \"'-'\", ІМЯ]}}");
        assertThat(concat.columns()).containsExactly("ПРІЗВИЩЕ", "ІМЯ");
    }

    @Test
    void concatRefusesUnknownOptionsAndLiteralsOnly() {
        assertThatThrownBy(() -> step("{concat: {of: [A], separator: '-'}}"))
                .hasMessage("concat: unknown option 'separator' (expected one of of, sep)");
        assertThatThrownBy(() -> step("{concat: [\"'x'\"]}"))
                .hasMessage("concat: needs at least one column or $value besides literals");
    }

    @Test
    void coalesceKeepsAPresentValue() {
        Normaliser coalesce = step("{coalesce: [ТЕЛ_МОБ, ТЕЛ_ДОМ]}");
        assertThat(coalesce.apply("0671112233", row(columns("ТЕЛ_МОБ", "0501234567"))).value()).isEqualTo("0671112233");
    }

    @Test
    void coalesceTakesTheFirstNonBlankColumn() {
        Normaliser coalesce = step("{coalesce: [ТЕЛ_МОБ, ТЕЛ_ДОМ]}");
        assertThat(coalesce.apply(" ", row(columns("ТЕЛ_МОБ", "\u00A0", "ТЕЛ_ДОМ", " 572123456 "))).value()).isEqualTo("572123456");
        assertThat(coalesce.apply(null, RowContext.EMPTY)).isEqualTo(Outcome.missing());
        assertThat(coalesce.columns()).containsExactly("ТЕЛ_МОБ", "ТЕЛ_ДОМ");
    }

    @Test
    void coalesceTakesASingleColumn() {
        Normaliser coalesce = step("{coalesce: ПІБ}");
        assertThat(coalesce.apply(null, row(columns("ПІБ", "Коваль Іван"))).value()).isEqualTo("Коваль Іван");
    }
}
