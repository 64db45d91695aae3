package io.unireg.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.unireg.normalize.Steps.apply;
import static io.unireg.normalize.Steps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapFunctionTest {

    @TempDir
    Path dir;

    private Outcome applyIn(String yaml, String value) {
        return Steps.step(yaml, dir).apply(value, RowContext.EMPTY);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    @Test
    void mapsThroughAnInlineTable() {
        String step = "{map: {table: {ч: M, ж: F}}}";
        assertThat(value(step, "ч")).isEqualTo("M");
        assertThat(value(step, " ж ")).isEqualTo("F");
    }

    @Test
    void keepsUnmappedValuesByDefault() {
        assertThat(value("{map: {table: {ч: M}}}", "невідомо")).isEqualTo("невідомо");
        assertThat(value("{map: {table: {ч: M}}}", "Ч")).isEqualTo("Ч");
    }

    @Test
    void unmappedValuesCanBeMissingOrRejected() {
        assertThat(apply("{map: {table: {ч: M}, default: missing}}", "x")).isEqualTo(Outcome.missing());
        Outcome rejected = apply("{map: {table: {ч: M}, default: reject}}", "чоловіча");
        assertThat(rejected.rule()).isEqualTo("map");
        assertThat(rejected.message()).isEqualTo("no mapping for 'чоловіча'");
    }

    @Test
    void ignoresCaseWhenAsked() {
        String step = "{map: {table: {Чол: M, ЖІН: F}, ignore_case: true}}";
        assertThat(value(step, "чол")).isEqualTo("M");
        assertThat(value(step, "Жін")).isEqualTo("F");
    }

    @Test
    void emptyOrNullTargetMeansMissing() {
        assertThat(apply("{map: {table: {'-': ~, 'н/д': ''}}}", "-")).isEqualTo(Outcome.missing());
        assertThat(apply("{map: {table: {'-': ~, 'н/д': ''}}}", "н/д")).isEqualTo(Outcome.missing());
        assertThat(apply("{map: {table: {a: b}}}", null)).isEqualTo(Outcome.missing());
    }

    @Test
    void readsAFromToCsvRelativeToTheJobFile() throws IOException {
        write("streets.csv", "\uFEFFfrom,to\nул. Сумская,вул. Сумська\n\"пр. Ленина, Харьков\",просп. Науки\n".getBytes(StandardCharsets.UTF_8));
        assertThat(applyIn("{map: {file: streets.csv}}", "ул. Сумская").value()).isEqualTo("вул. Сумська");
        assertThat(applyIn("{map: {file: streets.csv}}", "пр. Ленина, Харьков").value()).isEqualTo("просп. Науки");
    }

    @Test
    void readsSemicolonCsvAsExcelWritesIt() throws IOException {
        write("sex.csv", "from;to\nчол.;M\nжін.;F\n".getBytes(StandardCharsets.UTF_8));
        assertThat(applyIn("{map: {file: sex.csv}}", "жін.").value()).isEqualTo("F");
    }

    /** In a fixed order: an error message must read the same in every run (Set.of's order changes with the JVM). */
    @Test
    void aScalarWhereOptionsBelongListsTheOptionsInNameOrder() {
        assertThatThrownBy(() -> Steps.step("{map: x}", dir))
                .hasMessageContaining("expects options {default, file, ignore_case, table}, found");
    }

    @Test
    void reportsFileProblemsWhenTheJobLoads() throws IOException {
        assertThatThrownBy(() -> Steps.step("{map: {file: nowhere.csv}}", dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("map: cannot read nowhere.csv: no such file");
        write("noheader.csv", "ч,M\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Steps.step("{map: {file: noheader.csv}}", dir))
                .hasMessage("map: noheader.csv line 1: the header must name the columns from,to; found 'ч,M'");
        write("twice.csv", "from,to\nч,M\nж,F\nч,F\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Steps.step("{map: {file: twice.csv}}", dir))
                .hasMessage("map: twice.csv line 4: 'ч' is mapped twice, to different values");
        write("wide.csv", "from,to\nч,M,extra\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Steps.step("{map: {file: wide.csv}}", dir))
                .hasMessage("map: wide.csv line 2: 3 cells, the header has 2");
    }

    @Test
    void refusesAWindows1251File() throws IOException {
        write("cp.csv", "from,to\nчоловіча,M\n".getBytes(Charset.forName("windows-1251")));
        assertThatThrownBy(() -> Steps.step("{map: {file: cp.csv}}", dir))
                .hasMessage("map: cp.csv is not UTF-8: save it as \"CSV UTF-8\"");
    }

    @Test
    void needsExactlyOneOfTableAndFile() {
        assertThatThrownBy(() -> Steps.step("{map: {default: keep}}"))
                .hasMessage("map: expects either table: {from: to, …} or file: a CSV with columns from,to");
        assertThatThrownBy(() -> Steps.step("{map: {table: {a: b}, file: x.csv}}"))
                .hasMessage("map: expects either table: {from: to, …} or file: a CSV with columns from,to");
        assertThatThrownBy(() -> Steps.step("{map: {table: {a: b}, default: drop}}"))
                .hasMessage("map: default expects one of keep, missing, reject, found 'drop'");
        assertThatThrownBy(() -> Steps.step("{map: {table: {a: b}, ignore_case: yes please}}"))
                .hasMessage("map: ignore_case expects true or false, found 'yes please'");
    }

    @Test
    void ignoringCaseMakesClashingKeysAnError() {
        assertThatThrownBy(() -> Steps.step("{map: {table: {ч: M, Ч: F}, ignore_case: true}}"))
                .hasMessage("map: 'Ч' is mapped twice, to different values");
    }
}
