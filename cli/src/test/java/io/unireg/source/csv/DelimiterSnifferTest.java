package io.unireg.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelimiterSnifferTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(chars = {',', ';', '\t', '|'})
    void findsEachCandidateDelimiter(char d) {
        String text = String.join("\n",
            "ПРІЗВИЩЕ" + d + "ІМ'Я" + d + "ДАТА",
            "Ґудзь" + d + "Євген" + d + "01.02.1980",
            "Їжакевич" + d + "Ірина" + d + "3.4.1975",
            "");

        assertThat(DelimiterSniffer.sniff(text)).isEqualTo(d);
    }

    @Test
    void ignoresDelimitersInsideQuotes() {
        String text = String.join("\n",
            "name,address,phone",
            "Ґудзь,\"вул. Сумська; 17; кв. 4\",0501234567",
            "Іваненко,\"пр. Науки; 9\",0671234567",
            "Петренко,\"вул. Пушкінська; 5; кв. 1; під'їзд 2\",0931234567");

        assertThat(DelimiterSniffer.sniff(text)).isEqualTo(',');
    }

    @Test
    void prefersTheConsistentDelimiterOverDecimalCommas() {
        String text = String.join("\n",
            "КОД;СУМА;ПРИМІТКА",
            "1;12,50;без пільг",
            "2;7;так, з пільгою, два рази",
            "3;100,75;");

        assertThat(DelimiterSniffer.sniff(text)).isEqualTo(';');
    }

    @Test
    void countsAQuotedLineBreakAsPartOfTheRecord() {
        String text = "a|b|c\n1|\"two\nlines, really\"|3\n4|5|6\n";

        assertThat(DelimiterSniffer.countsPerRecord(text, '|')).containsExactly(2, 2, 2);
        assertThat(DelimiterSniffer.sniff(text)).isEqualTo('|');
    }

    @Test
    void fallsBackToCommaForASingleColumn() {
        assertThat(DelimiterSniffer.sniff("ПРІЗВИЩЕ\nҐудзь\nІваненко\n")).isEqualTo(',');
    }

    /** A semicolon export whose addresses hold one comma each: 30 data lines. */
    private static String semicolonExport(int strayAt) {
        StringBuilder text = new StringBuilder("НОМЕР;ПРІЗВИЩЕ;ІМЯ;АДРЕСА;ДАТА\n");
        for (int i = 1; i <= 30; i++) {
            String surname = i == strayAt ? "\"Коваль" : "Коваль" + i; // a quote opened and never closed
            text.append(i).append(';').append(surname).append(";Олена;вул. Сумська, ").append(i).append(";01.02.1980\n");
        }
        return text.toString();
    }

    @Test
    void aQuoteThatSwallowsTheRestOfTheSampleIsReadAsAStrayQuote() {
        // The quote opened on line 4 never closes: read as a quoted field, it would leave ';' with three
        // records and ',' (one per address) the most consistent count (QA round 3, D4).
        assertThat(DelimiterSniffer.sniff(semicolonExport(3))).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff(semicolonExport(30))).isEqualTo(';');
        int[] counts = DelimiterSniffer.countsPerRecord(semicolonExport(3), ';');
        assertThat(counts).hasSize(31).containsOnly(4);
    }

    @Test
    void aQuotedFieldOverAFewLinesStillCountsAsOneRecord() {
        String text = "a;b;c\n1;\"one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten; lines\";3\n4;5;6\n";

        assertThat(DelimiterSniffer.countsPerRecord(text, ';')).containsExactly(2, 2, 2);
    }
}
