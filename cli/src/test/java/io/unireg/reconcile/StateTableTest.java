package io.unireg.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateTableTest {

    @Test
    void keepsEveryValueAndMissingValueWhenAColumnOutgrowsItsDictionary() {
        StateTable table = new StateTable(3);
        int n = 70_000; // past the dictionary limit: column 1 switches to its byte arena midway
        for (int i = 0; i < n; i++) {
            table.add("S" + i, new String[]{i % 2 == 0 ? "F" : "M", i % 7 == 0 ? null : "Прізвище" + i, i % 3 == 0 ? "" : "вул. Сумська"});
        }
        table.seal();

        assertThat(table.size()).isEqualTo(n);
        for (int i : new int[]{0, 1, 6, 7, 65_535, 65_536, 65_537, n - 1}) {
            assertThat(table.key(i)).isEqualTo("S" + i);
            assertThat(table.value(i, 0)).isEqualTo(i % 2 == 0 ? "F" : "M");
            assertThat(table.value(i, 1)).isEqualTo(i % 7 == 0 ? null : "Прізвище" + i);
            assertThat(table.has(i, 1)).isEqualTo(i % 7 != 0);
            assertThat(table.value(i, 2)).isEqualTo(i % 3 == 0 ? null : "вул. Сумська");
        }
        assertThat(table.values(8)).containsExactly("F", "Прізвище8", "вул. Сумська");
    }

    @Test
    void keyIndexFindsEveryRecordWithTheValueAndNoOther() {
        StateTable table = new StateTable(1);
        String[] values = {"3068208400", null, "2530414071", "3068208400", "МК123456"};
        for (int i = 0; i < values.length; i++) {
            table.add("S" + i, new String[]{values[i]});
        }
        KeyIndex index = new KeyIndex(table.seal(), 0);

        assertThat(index.find("3068208400")).containsExactly(0, 3);
        assertThat(index.find("2530414071")).containsExactly(2);
        assertThat(index.find("МК123456")).containsExactly(4);
        assertThat(index.find("1111111111")).isEmpty();
        assertThat(index.find(null)).isEmpty();
        assertThat(index.find("")).isEmpty();
    }
}
