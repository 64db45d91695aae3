package io.unireg.source.excel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A1 addresses: read by the XLSX source, written by the report's workbook. */
class CellRefTest {

    @Test
    void lettersOfAColumn() {
        assertThat(CellRef.letters(0)).isEqualTo("A");
        assertThat(CellRef.letters(25)).isEqualTo("Z");
        assertThat(CellRef.letters(26)).isEqualTo("AA");
        assertThat(CellRef.letters(701)).isEqualTo("ZZ");
        assertThat(CellRef.letters(702)).isEqualTo("AAA");
        assertThat(CellRef.letters(CellRef.MAX_COLUMN)).isEqualTo("XFD");
    }

    @Test
    void parsesWhatItWrites() {
        for (int column : new int[]{0, 25, 26, 701, 702, CellRef.MAX_COLUMN}) {
            assertThat(CellRef.parse(CellRef.letters(column) + 12)).isEqualTo(new CellRef(12, column));
        }
        assertThat(CellRef.parse("12")).isNull();
    }
}
