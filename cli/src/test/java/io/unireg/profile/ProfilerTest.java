package io.unireg.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.unireg.normalize.ua.Rnokpp;
import io.unireg.source.csv.CsvOptions;
import io.unireg.source.csv.CsvRecordSource;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerTest {

    static final int ROWS = 200;
    private static final List<String> SURNAMES = List.of("Ґудзь", "Їжакевич", "Іваненко", "Шевченко");

    @TempDir
    Path dir;
    Path file;

    /** A windows-1251 export with known figures per column, plus one short row. */
    static String residents() {
        StringBuilder csv = new StringBuilder("РНОКПП;ДАТА_НАРОДЖЕННЯ;СУМА;КІЛЬКІСТЬ;ПРІЗВИЩЕ;ПРИМІТКА;ТЕЛЕФОН;КОД\r\n");
        DateTimeFormatter full = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter shortForm = DateTimeFormatter.ofPattern("d.M.yy");
        for (int i = 1; i <= ROWS; i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(i * 37L);
            String rnokpp = Rnokpp.make(born, i, i % 2 == 0);
            if (i % 20 == 0) {
                rnokpp = rnokpp.substring(0, 9) + (char) ('0' + (rnokpp.charAt(9) - '0' + 1) % 10);
            }
            String surname = i % 50 == 0 ? "Iваненко" : SURNAMES.get(i % SURNAMES.size());
            csv.append(rnokpp).append(';')
                .append((i % 10 == 0 ? shortForm : full).format(born)).append(';')
                .append(i % 2 == 1 ? i + ",50" : String.valueOf(i)).append(';')
                .append(i).append(';')
                .append(surname).append(';')
                .append(i % 4 == 0 ? "пільга" : "").append(';')
                .append("+380").append(500_000_000 + i).append(';')
                .append(String.format("%05d", i)).append("\r\n");
            if (i == 100) {
                csv.append("короткий;рядок\r\n");
            }
        }
        return csv.toString();
    }

    @BeforeEach
    void writeFile() throws Exception {
        file = dir.resolve("residents.csv");
        Files.writeString(file, residents(), Charset.forName("windows-1251"));
    }

    private ProfileReport profile(Profiler.Settings settings) throws Exception {
        try (CsvRecordSource source = CsvRecordSource.open("residents", CsvOptions.auto(file))) {
            return Profiler.profile(source, "residents.csv", settings);
        }
    }

    private static Map<String, ColumnProfile> byName(ProfileReport report) {
        return report.columns().stream().collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
    }

    @Test
    void countsRowsAndBadRowsAndReportsDetection() throws Exception {
        ProfileReport report = profile(Profiler.Settings.all(5));

        assertThat(report.rows()).isEqualTo(ROWS);
        assertThat(report.badRows()).isEqualTo(1);
        assertThat(report.badRowSamples()).containsExactly(new ProfileReport.BadRowSample(102, "expected 8 cells, found 2"));
        assertThat(report.detected()).containsEntry("encoding", "windows-1251").containsEntry("delimiter", ";");
        assertThat(report.limited()).isFalse();
    }

    @Test
    void infersTypesKeepingIdentifiersAsText() throws Exception {
        Map<String, ColumnProfile> columns = byName(profile(Profiler.Settings.all(5)));

        assertThat(columns.get("КІЛЬКІСТЬ").type()).isEqualTo("integer");
        assertThat(columns.get("СУМА").type()).isEqualTo("number");
        assertThat(columns.get("ДАТА_НАРОДЖЕННЯ").type()).isEqualTo("date");
        assertThat(columns.get("ПРІЗВИЩЕ").type()).isEqualTo("text");
        assertThat(columns.get("РНОКПП").type()).isEqualTo("text");
        assertThat(columns.get("КОД").type()).isEqualTo("text");
        assertThat(columns.get("КОД").hints()).contains("200 values are digits with a leading zero: keep the column as text");
    }

    @Test
    void measuresEmptyShareAndDistinctValues() throws Exception {
        Map<String, ColumnProfile> columns = byName(profile(Profiler.Settings.all(3)));

        ColumnProfile note = columns.get("ПРИМІТКА");
        assertThat(note.empty()).isEqualTo(150);
        assertThat(note.emptyShare()).isEqualTo(0.75);
        assertThat(note.distinct()).isEqualTo(1);
        ColumnProfile surname = columns.get("ПРІЗВИЩЕ");
        assertThat(surname.distinct()).isEqualTo(5);
        assertThat(surname.distinctCapped()).isFalse();
        assertThat(surname.top()).hasSize(3);
        assertThat(surname.top().get(0).count()).isEqualTo(50);
        assertThat(columns.get("КІЛЬКІСТЬ").distinct()).isEqualTo(ROWS);
    }

    @Test
    void collectsPatternsAndDatePatterns() throws Exception {
        Map<String, ColumnProfile> columns = byName(profile(Profiler.Settings.all(5)));

        assertThat(columns.get("РНОКПП").patterns()).containsExactly(new ValueCount("9999999999", ROWS));
        assertThat(columns.get("ТЕЛЕФОН").patterns()).containsExactly(new ValueCount("+999999999999", ROWS));
        ColumnProfile born = columns.get("ДАТА_НАРОДЖЕННЯ");
        assertThat(born.datePatterns()).extracting(ValueCount::value).startsWith("dd.MM.yyyy");
        assertThat(born.datePatterns().stream().mapToLong(ValueCount::count).sum()).isEqualTo(ROWS);
        assertThat(born.patterns().get(0)).isEqualTo(new ValueCount("99.99.9999", 180));
    }

    @Test
    void hintsRnokppDatePhoneAndWarnsOfMixedScript() throws Exception {
        Map<String, ColumnProfile> columns = byName(profile(Profiler.Settings.all(5)));

        assertThat(columns.get("РНОКПП").hints())
            .containsExactly("looks like an RNOKPP: 190 of 200 ten-digit values have a valid check digit");
        assertThat(columns.get("ДАТА_НАРОДЖЕННЯ").hints()).singleElement().asString().startsWith("looks like a date: dd.MM.yyyy");
        assertThat(columns.get("ТЕЛЕФОН").hints()).containsExactly("looks like a phone: 200 of 200 values");
        assertThat(columns.get("КІЛЬКІСТЬ").hints()).isEmpty();
        assertThat(columns.get("ПРІЗВИЩЕ").mixedScript()).isEqualTo(4);
        assertThat(columns.get("ПРІЗВИЩЕ").hints()).isEmpty();
    }

    @Test
    void stopsAtTheRowLimit() throws Exception {
        ProfileReport report = profile(new Profiler.Settings(10, 5));

        assertThat(report.rows()).isEqualTo(10);
        assertThat(report.limited()).isTrue();
        assertThat(report.columns().get(0).values()).isEqualTo(10);
    }

    @Test
    void capsDistinctCountingAndSaysSo() throws Exception {
        ProfileReport report;
        try (CsvRecordSource source = CsvRecordSource.open("residents", CsvOptions.auto(file))) {
            report = Profiler.profile(source, "residents.csv", Profiler.Settings.all(5), 50);
        }
        ColumnProfile count = byName(report).get("КІЛЬКІСТЬ");

        assertThat(count.distinct()).isEqualTo(50);
        assertThat(count.distinctCapped()).isTrue();
        assertThat(count.distinctLabel()).isEqualTo("≥50");
        assertThat(byName(report).get("ПРІЗВИЩЕ").distinctCapped()).isFalse();
    }
}
