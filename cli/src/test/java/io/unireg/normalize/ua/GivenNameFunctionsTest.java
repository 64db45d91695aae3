package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.unireg.normalize.ua.NameSteps.apply;
import static io.unireg.normalize.ua.NameSteps.step;
import static io.unireg.normalize.ua.NameSteps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GivenNameFunctionsTest {

    @Test
    void mapsRussianGivenNamesToUkrainian() {
        assertThat(value("given_name_uk", "Николай")).isEqualTo("Микола");
        assertThat(value("given_name_uk", "Елена")).isEqualTo("Олена");
        assertThat(value("given_name_uk", "Александр")).isEqualTo("Олександр");
        assertThat(value("given_name_uk", "Дарья")).isEqualTo("Дар’я");
        assertThat(value("given_name_uk", "Вячеслав")).isEqualTo("В’ячеслав");
    }

    @Test
    void treatsYoAsYe() {
        assertThat(value("given_name_uk", "Пётр")).isEqualTo("Петро");
        assertThat(value("given_name_uk", "Петр")).isEqualTo("Петро");
        assertThat(value("given_name_uk", "Семён")).as("ё is never Ukrainian").isEqualTo("Семен");
        assertThat(value("given_name_uk", "АРТЁМ")).isEqualTo("АРТЕМ");
        assertThat(value("patronymic_uk", "Семёнович")).isEqualTo("Семенович");
    }

    @Test
    void writesTheResultInTheCaseStyleOfTheInput() {
        assertThat(value("given_name_uk", "НИКОЛАЙ")).isEqualTo("МИКОЛА");
        assertThat(value("given_name_uk", "николай")).isEqualTo("микола");
        assertThat(value("given_name_uk", "нИкОлАй")).isEqualTo("Микола");
        assertThat(value("patronymic_uk", "СЕРГЕЕВНА")).isEqualTo("СЕРГІЇВНА");
    }

    @Test
    void keepsUkrainianAndUnknownNamesExactly() {
        assertThat(value("given_name_uk", "Микола")).isEqualTo("Микола");
        assertThat(value("given_name_uk", "Анна")).as("Ukrainian too, although a Russian form of Ганна").isEqualTo("Анна");
        assertThat(value("given_name_uk", "Мар'яна")).as("apostrophe kept as typed").isEqualTo("Мар'яна");
        assertThat(value("given_name_uk", "Джонатан")).isEqualTo("Джонатан");
        assertThat(value("given_name_uk", " Олена ")).isEqualTo(" Олена ");
        assertThat(apply("given_name_uk", null)).isEqualTo(Outcome.missing());
    }

    @Test
    void ambiguousRussianFormsTakeTheFirstRowOfTheTable() {
        assertThat(value("given_name_uk", "Наталья")).isEqualTo("Наталія");
        assertThat(value("given_name_uk", "Ирина")).isEqualTo("Ірина");
    }

    @Test
    void mapsEachPartOfADoubleNameAndKeepsSeparators() {
        assertThat(value("given_name_uk", "Анна-Мария")).isEqualTo("Анна-Марія");
        assertThat(value("given_name_uk", "  Елена  ")).isEqualTo("  Олена  ");
        assertThat(value("given_name_uk", "Ольга Николаевна")).as("not a given name").isEqualTo("Ольга Николаевна");
    }

    @Test
    void mapsRussianPatronymicsOfBothSexes() {
        assertThat(value("patronymic_uk", "Николаевич")).isEqualTo("Миколайович");
        assertThat(value("patronymic_uk", "Николаевна")).isEqualTo("Миколаївна");
        assertThat(value("patronymic_uk", "Сергеевна")).isEqualTo("Сергіївна");
        assertThat(value("patronymic_uk", "Ильич")).isEqualTo("Ілліч");
        assertThat(value("patronymic_uk", "Петровна")).isEqualTo("Петрівна");
        assertThat(value("patronymic_uk", "Петрович")).isEqualTo("Петрович");
        assertThat(value("patronymic_uk", "Гусейн огли")).isEqualTo("Гусейн огли");
    }

    @Test
    void readsBothRussianSpellingsOfSoftPatronymics() {
        assertThat(value("patronymic_uk", "Валерьевич")).isEqualTo("Валерійович");
        assertThat(value("patronymic_uk", "Валериевич")).isEqualTo("Валерійович");
        assertThat(value("patronymic_uk", "Анатолиевна")).isEqualTo("Анатоліївна");
        assertThat(value("patronymic_uk", "Дмитриевич")).isEqualTo("Дмитрович");
        assertThat(value("patronymic_uk", "Дмитрьевич")).as("not a spelling documents use, but harmless").isEqualTo("Дмитрович");
    }

    @Test
    void rejectsUnknownNamesWhenTheJobAsks() {
        Outcome outcome = apply("{given_name_uk: {unknown: reject}}", "Джонатан");
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.rule()).isEqualTo("given_name_uk");
        assertThat(outcome.message()).isEqualTo("'Джонатан' is not a known given name (a job can add it with extra: a CSV ru,uk)");
        assertThat(apply("{patronymic_uk: {unknown: reject}}", "Джонатанович").message()).contains("not a known patronymic");
        assertThat(value("{given_name_uk: {unknown: reject}}", "Николай")).isEqualTo("Микола");
        assertThat(value("{given_name_uk: {unknown: reject}}", "О.")).isEqualTo("О.");
    }

    @Test
    void aJobAddsAndOverridesFormsFromACsvBesideIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("names.csv"), "\uFEFFru,uk\nЭдуард,Едуард\nАнна,Ганна\n\"Жанна\",Жанна\n", StandardCharsets.UTF_8);
        var step = step("{given_name_uk: {extra: names.csv}}", dir);
        assertThat(step.apply("ЭДУАРД", RowContext.EMPTY).value()).isEqualTo("ЕДУАРД");
        assertThat(step.apply("Анна", RowContext.EMPTY).value()).isEqualTo("Ганна");
        assertThat(step.apply("Николай", RowContext.EMPTY).value()).isEqualTo("Микола");
        assertThat(step.apply("Едуард", RowContext.EMPTY).value()).isEqualTo("Едуард");
    }

    @Test
    void readsSemicolonSeparatedExtras(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.csv"), "ru;uk\r\nЭдуардович;Едуардович\r\n", StandardCharsets.UTF_8);
        assertThat(step("{patronymic_uk: {extra: p.csv}}", dir).apply("Эдуардович", RowContext.EMPTY).value()).isEqualTo("Едуардович");
    }

    @Test
    void reportsBadExtraFilesByFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("header.csv"), "from,to\nЭдуард,Едуард\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("blank.csv"), "ru,uk\nЭдуард,Едуард\nЖанна,\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("twice.csv"), "ru,uk\nЭдуард,Едуард\nЭдуард,Едвард\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("cp1251.csv"), "ru,uk\nЭдуард,Едуард\n".getBytes(Charset.forName("windows-1251")));
        assertThatThrownBy(() -> step("{given_name_uk: {extra: header.csv}}", dir))
                .hasMessage("given_name_uk: header.csv line 1: the header must name the columns ru,uk; found 'from,to'");
        assertThatThrownBy(() -> step("{given_name_uk: {extra: blank.csv}}", dir))
                .hasMessage("given_name_uk: blank.csv line 3: both ru and uk must be filled");
        assertThatThrownBy(() -> step("{given_name_uk: {extra: twice.csv}}", dir))
                .hasMessage("given_name_uk: twice.csv line 3: 'Эдуард' is given twice, as 'Едуард' and 'Едвард'");
        assertThatThrownBy(() -> step("{given_name_uk: {extra: cp1251.csv}}", dir))
                .hasMessage("given_name_uk: cp1251.csv is not UTF-8: save it as \"CSV UTF-8\"");
        assertThatThrownBy(() -> step("{given_name_uk: {extra: nowhere.csv}}", dir))
                .hasMessageStartingWith("given_name_uk: cannot read nowhere.csv: no such file");
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> step("{given_name_uk: {unknown: drop}}"))
                .hasMessage("given_name_uk: unknown expects one of keep, reject, found 'drop'");
        assertThatThrownBy(() -> step("{patronymic_uk: {table: x}}"))
                .hasMessage("patronymic_uk: unknown option 'table' (expected one of extra, unknown)");
    }
}
