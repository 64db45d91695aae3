package io.unireg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.unireg.source.SourceItem;
import io.unireg.source.excel.ExcelOptions;
import io.unireg.source.excel.ExcelRecordSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Excel sample job (mapping-rules/kharkiv-benefits.yaml on samples/kharkiv/benefits.xlsx) in-process
 * and checks its outputs against the generator's ground truth; then the round trips xlsx → csv (the job),
 * csv → xlsx (a job on the truth file) and back through the xlsx source.
 */
class BenefitsJobEndToEndTest {

    private static final Path JOB = Path.of("../mapping-rules/kharkiv-benefits.yaml");
    private static final Path WORKBOOK = Path.of("../samples/kharkiv/benefits.xlsx");
    private static final Path TRUTH = Path.of("../samples/kharkiv/benefits.truth.csv");
    private static final List<String> FIELDS = List.of("surname", "given_name", "patronymic", "sex", "birth_date",
        "rnokpp", "document_type", "document_number", "benefit_code", "benefit_start", "monthly_amount", "annual_amount");

    @TempDir
    static Path out;
    static CliRunner result;
    static Map<String, CSVRecord> truth;
    static Map<String, Map<String, String>> records;
    static List<CSVRecord> rejects;

    @BeforeAll
    static void runJob() throws IOException {
        result = CliRunner.run("run", JOB.toString(), "--out", out.resolve("run").toString(), "-q");
        truth = new LinkedHashMap<>();
        for (CSVRecord r : read(TRUTH)) {
            truth.put(r.get("key"), r);
        }
        records = new LinkedHashMap<>();
        for (CSVRecord r : read(out.resolve("run/latest/records.csv"))) {
            records.put(r.get("case_number"), r.toMap());
        }
        rejects = read(out.resolve("run/latest/rejects.csv"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
            .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static List<String[]> readXlsx(Path file, ExcelOptions options) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (ExcelRecordSource source = ExcelRecordSource.open("x", options, false)) {
            rows.add(source.columns().toArray(String[]::new));
            SourceItem item;
            while ((item = source.next()) != null) {
                rows.add(((SourceItem.Row) item).cells());
            }
        }
        return rows;
    }

    @Test
    void exitsZeroAndRejectsExactlyTheRowsTheTruthMarks() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("unireg: kharkiv-benefits: ok — read 300 rows");
        List<String> expected = truth.values().stream().filter(t -> t.get("expect").equals("reject"))
            .map(t -> t.get("key")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(rejects).extracting(r -> r.get("key")).containsExactlyInAnyOrderElementsOf(expected);
        for (CSVRecord reject : rejects) {
            CSVRecord t = truth.get(reject.get("key"));
            assertThat(reject.get("field")).isEqualTo(t.get("reject_fields"));
            assertThat(reject.get("line")).as("the spreadsheet row").isEqualTo(t.get("row"));
        }
        assertThat(records).hasSize(truth.size() - expected.size());
    }

    @Test
    void everyAcceptedRowCarriesTheTruthValues() {
        assertThat(truth.values()).as("the sample plants each defect")
            .anyMatch(t -> t.get("defects").contains("rnokpp_number") && t.get("rnokpp").startsWith("0"))
            .anyMatch(t -> t.get("defects").contains("code_number"))
            .anyMatch(t -> t.get("defects").contains("birth_date_text"))
            .anyMatch(t -> t.get("defects").contains("hidden_row"));
        assertSoftly(soft -> {
            for (CSVRecord t : truth.values()) {
                if (t.get("expect").equals("reject")) {
                    continue;
                }
                Map<String, String> r = records.get(t.get("key"));
                soft.assertThat(r).as("record %s", t.get("key")).isNotNull();
                if (r == null) {
                    continue;
                }
                for (String field : FIELDS) {
                    soft.assertThat(r.get(field)).as("%s %s %s", t.get("key"), t.get("defects"), field).isEqualTo(t.get(field));
                }
            }
        });
    }

    @Test
    void theXlsxOutputReadsBackAsTheCsvOutput() throws Exception {
        List<String[]> xlsx = readXlsx(out.resolve("run/latest/records.xlsx"), ExcelOptions.of(out.resolve("run/latest/records.xlsx")));
        List<CSVRecord> csv = read(out.resolve("run/latest/records.csv"));
        assertThat(xlsx).hasSize(csv.size() + 1);
        assertThat(xlsx.get(0)).containsExactly(csv.get(0).getParser().getHeaderNames().toArray(String[]::new));
        for (int i = 0; i < csv.size(); i++) {
            assertThat(xlsx.get(i + 1)).as("record %d", i + 1).containsExactly(csv.get(i).values());
        }
    }

    @Test
    void csvToXlsxAndBackKeepsEveryValue() throws Exception {
        // A job that reads the truth CSV and writes XLSX: identifiers with leading zeros, dates, amounts.
        Path job = out.resolve("truth-to-xlsx.yaml");
        StringBuilder yaml = new StringBuilder("""
            unireg: 1
            job: truth-to-xlsx
            sources:
              - {id: truth, type: csv, path: %s, key: key}
            target:
              schema: %s
            fields:
              case_number: key
            """.formatted(TRUTH.toAbsolutePath(), Path.of("../mapping-rules/benefits/benefit-recipient.json").toAbsolutePath()));
        for (String f : FIELDS) {
            yaml.append("  ").append(f).append(": ").append(f).append('\n');
        }
        yaml.append("outputs:\n  - {type: xlsx, path: back.xlsx}\n");
        Files.writeString(job, yaml);
        CliRunner run = CliRunner.run("run", job.toString(), "--out", out.resolve("back").toString(), "-q");
        // The truth holds the bad RNOKPPs as they are: those rows are rejected here too.
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String[]> back = new HashMap<>();
        List<String[]> rows = readXlsx(out.resolve("back/latest/back.xlsx"), ExcelOptions.of(out.resolve("back/latest/back.xlsx")));
        List<String> header = List.of(rows.get(0));
        for (String[] row : rows.subList(1, rows.size())) {
            back.put(row[header.indexOf("case_number")], row);
        }
        assertThat(back).hasSize(records.size());
        for (CSVRecord t : truth.values()) {
            String[] row = back.get(t.get("key"));
            if (t.get("expect").equals("reject")) {
                assertThat(row).isNull();
                continue;
            }
            for (String f : FIELDS) {
                assertThat(row[header.indexOf(f)]).as("%s %s", t.get("key"), f).isEqualTo(t.get(f));
            }
        }
    }

    @Test
    void profileReportsTheHiddenSheetAndRows() {
        CliRunner profile = CliRunner.run("profile", WORKBOOK.toString(), "--header-row", "3", "--header-rows", "2",
            "--skip-rows", "1", "--json");
        assertThat(profile.exitCode()).as(profile.err()).isZero();
        List<String> hidden = truth.values().stream().filter(t -> t.get("defects").contains("hidden_row"))
            .map(t -> t.get("row")).toList();
        assertThat(profile.out()).contains("\"visibility\" : \"hidden\"")
            .contains("\"hidden_rows\" : " + hidden.size())
            .contains("\"hidden_row_samples\" : [ " + String.join(", ", hidden.subList(0, Math.min(10, hidden.size()))));
    }
}
