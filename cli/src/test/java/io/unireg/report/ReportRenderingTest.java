package io.unireg.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** report.json keys, report.html's self-containment and masking, report.xlsx's sheets, the language bundles. */
class ReportRenderingTest {

    private static final Path KEYS = Path.of("src/test/resources/io/unireg/report/report-json-keys.txt");

    @TempDir
    static Path dir;
    static Path run;
    static GeneratedRun generated;

    @BeforeAll
    static void generate() throws IOException {
        run = dir.resolve("run");
        generated = GeneratedRun.write(run, 42);
    }

    @Test
    void reportJsonKeysMatchTheGoldenList() throws Exception {
        ReportModel m = ReportReader.read(run, ReportOptions.DEFAULT);
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(m));
        TreeSet<String> keys = new TreeSet<>();
        collectKeys(json, "", keys);
        String actual = String.join("\n", keys) + "\n";
        if (Boolean.getBoolean("report.golden.update")) {
            Files.writeString(KEYS, actual); // regenerate on purpose: mvn test -Dreport.golden.update=true
        }
        // A key that disappears or changes name breaks dashboards: change the golden file only on purpose.
        assertThat(actual).isEqualTo(Files.readString(KEYS));
        assertThat(json.path("report_format").asInt()).isEqualTo(ReportJson.FORMAT);
    }

    @Test
    void reportJsonHasEverySectionAlsoWhenAStageDidNotRun() throws Exception {
        Path bare = dir.resolve("bare");
        GeneratedRun.write(bare, 1);
        Files.delete(bare.resolve("reconciliation.csv"));
        Files.delete(bare.resolve("review.csv"));
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(ReportReader.read(bare, ReportOptions.DEFAULT)));

        assertThat(json.path("reconciliation").path("ran").asBoolean()).isFalse();
        assertThat(json.path("reconciliation").path("statuses").size()).isEqualTo(6);
        assertThat(json.path("dedupe").path("review_pairs").isNull()).isTrue();
        assertThat(json.path("dedupe").path("match_probability").size()).isEqualTo(ReportModel.DedupeFigures.BINS);
    }

    private static void collectKeys(JsonNode node, String path, TreeSet<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                // Status names are values of a contract, keys of the statuses object: list them too.
                keys.add(p);
                collectKeys(e.getValue(), p, keys);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collectKeys(element, path + "[]", keys);
            }
        }
    }

    @Test
    void htmlFetchesNothingAndNeedsNoScript() throws Exception {
        for (String lang : ReportOptions.LANGUAGES) {
            String html = ReportHtml.render(ReportReader.read(run, new ReportOptions(lang, false)), new ReportOptions(lang, false));

            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\">");
            assertThat(Pattern.compile("(?i)\\b(src|href|xlink:href)\\s*=\\s*[\"']?(?!data:)[^\"'\\s>]+").matcher(html).find())
                    .as("no src or href other than a data: URI").isFalse();
            assertThat(html).doesNotContainPattern("(?i)https?:").doesNotContainPattern("(?i)<script|<img|<iframe|<link rel=\"stylesheet\"|@import|url\\(");
            assertThat(html).contains("<style>").contains("<svg class=\"chart\"");
        }
    }

    @Test
    void htmlMasksKeysAndQuotedValuesUnlessShowPii() throws Exception {
        String masked = ReportHtml.render(ReportReader.read(run, ReportOptions.DEFAULT), ReportOptions.DEFAULT);
        ReportOptions pii = new ReportOptions("uk", true);
        String shown = ReportHtml.render(ReportReader.read(run, pii), pii);

        for (String key : generated.rejectKeys) {
            assertThat(masked).doesNotContain(key);
        }
        for (String date : generated.quotedDates) {
            assertThat(masked).doesNotContain(date);
        }
        assertThat(masked).containsPattern("ключ 3\\d\\*\\*\\*\\d{5}").contains("31***45678");
        assertThat(generated.rejectKeys).anySatisfy(k -> assertThat(shown).contains(k));
        assertThat(generated.quotedDates).anySatisfy(d -> assertThat(shown).contains(d));
        assertThat(shown).contains("--show-pii");
    }

    @Test
    void htmlShowsEverySectionWithFiguresFromTheModel() throws Exception {
        ReportModel m = ReportReader.read(run, new ReportOptions("en", false));
        String html = ReportHtml.render(m, new ReportOptions("en", false));

        assertThat(html).contains("Data processing report: generated-42")
                .contains("Quality gate failed: Minimum records")
                .contains(">" + String.format(java.util.Locale.ENGLISH, "%,d", m.summary().rowsRead()) + "<")
                .contains("match threshold 0.90").contains("review threshold 0.50")
                .contains("Reconciliation with the state registry").contains("Conflict")
                .contains(m.dedupe().reviewPairs() + " pairs wait for a clerk’s decision");
        String uk = ReportHtml.render(m, ReportOptions.DEFAULT);
        assertThat(uk).contains("Звіт про обробку даних: generated-42").contains("поріг збігу 0,90")
                .contains("Не пройдено перевірку якості: Мінімум записів");
    }

    @Test
    void reportsAreTheSameBytesWhenRenderedAgain() throws Exception {
        Path a = dir.resolve("again-a");
        Path b = dir.resolve("again-b");
        Reports.write(run, a, ReportOptions.DEFAULT);
        Reports.write(run, b, ReportOptions.DEFAULT);
        for (String name : List.of(Reports.JSON, Reports.HTML)) {
            assertThat(Files.readAllBytes(a.resolve(name))).as(name).isEqualTo(Files.readAllBytes(b.resolve(name)));
        }
    }

    @Test
    void aStatusSheetStopsAtItsRowCapWithANoteNamingTheFile() throws Exception {
        Path big = dir.resolve("big-run");
        Files.createDirectories(big);
        try (var files = Files.list(run)) {
            for (Path f : files.toList()) {
                Files.copy(f, big.resolve(f.getFileName()));
            }
        }
        long localOnly = Files.readAllLines(run.resolve("reconciliation.csv")).stream().filter(l -> l.startsWith("local_only,")).count();
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < ReportXlsx.MAX_ROWS; i++) {
            extra.append("local_only,u").append(String.format(java.util.Locale.ROOT, "%016x", i)).append(",,\r\n");
        }
        Files.writeString(big.resolve("reconciliation.csv"), extra, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("big-xlsx");
        Reports.write(big, out, ReportOptions.DEFAULT);

        List<String[]> rows = new ArrayList<>();
        try (var sheet = io.unireg.source.excel.ExcelRecordSource.open("report",
                io.unireg.source.excel.ExcelOptions.of(out.resolve(Reports.XLSX)).withSheet("Лише в громаді"), false)) {
            for (var item = sheet.next(); item != null; item = sheet.next()) {
                rows.add(((io.unireg.source.SourceItem.Row) item).cells());
            }
        }
        // header read as the columns, then the capped rows and the note
        assertThat(rows).hasSize(ReportXlsx.MAX_ROWS + 1);
        assertThat(rows.get(ReportXlsx.MAX_ROWS)[0].replaceAll("[\u00a0\u202f]", " ")).isEqualTo("Показано перші 100 000 рядків із "
                + String.format(java.util.Locale.ROOT, "%,d", localOnly + ReportXlsx.MAX_ROWS).replace(',', ' ')
                + "; решта — у файлі reconciliation.csv.");
    }

    @Test
    void xlsxHasASummaryTheRejectsAndOneSheetPerStatusMasked() throws Exception {
        Path out = dir.resolve("xlsx");
        Reports.write(run, out, ReportOptions.DEFAULT);
        List<String> rejectRows = Files.readAllLines(run.resolve("rejects.csv"));
        List<String> rec = Files.readAllLines(run.resolve("reconciliation.csv"));
        try (InputStream in = Files.newInputStream(out.resolve(Reports.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Підсумок", "Відхилені", "Збігаються", "Збігаються з розбіжностями",
                    "Лише в громаді", "Лише в реєстрі", "Неоднозначні", "Конфлікт");
            Sheet rejects = wb.getSheet("Відхилені");
            assertThat(rejects.getLastRowNum()).isEqualTo(rejectRows.size() - 1);
            for (Row row : rejects) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getStringCellValue()).contains("***");
                }
            }
            long conflicts = rec.stream().filter(l -> l.startsWith("conflict,")).count();
            Sheet conflict = wb.getSheet("Конфлікт");
            assertThat(conflict.getLastRowNum()).isEqualTo(conflicts);
            assertThat(conflict.getRow(0).getCell(0).getStringCellValue()).isEqualTo("status");
            assertThat(conflict.getRow(1).getCell(0).getStringCellValue()).isEqualTo("conflict");
            assertThat(conflict.getRow(1).getCell(2).getStringCellValue()).startsWith("ED***");
            Sheet summary = wb.getSheet("Підсумок");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Показник");
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoAsciiApostrophe() throws IOException {
        Properties uk = bundle("uk");
        Properties en = bundle("en");
        assertThat(uk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        // MessageFormat would swallow an ASCII apostrophe (it quotes with it).
        assertThat(uk.values()).noneMatch(v -> v.toString().contains("'"));
        assertThat(en.values()).noneMatch(v -> v.toString().contains("'"));
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportHtml.class.getResourceAsStream("messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
