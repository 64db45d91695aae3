package io.unireg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProfileWorkbookTest {

    @TempDir
    Path dir;
    Path file;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeWorkbook() throws Exception {
        file = dir.resolve("book.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet people = wb.createSheet("Люди");
            String[][] rows = {{"ПРІЗВИЩЕ", "ІПН"}, {"Іваненко", "3012345670"}, {"Петренко", "2978901235"},
                {"Сидоренко", ""}, {"Коваль", "3330497242"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = people.createRow(i);
                r.createCell(0).setCellValue(rows[i][0]);
                r.createCell(1).setCellValue(rows[i][1]);
            }
            people.getRow(2).setZeroHeight(true);
            people.getRow(4).setZeroHeight(true);
            Sheet codes = wb.createSheet("Коди");
            codes.createRow(0).createCell(0).setCellValue("КОД");
            codes.createRow(1).createCell(0).setCellValue("001");
            wb.setSheetHidden(1, true);
            wb.createSheet("Порожній");
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ProfileCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void profilesEverySheetAndReportsHiddenSheetsAndRows() {
        int code = run(file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
            .contains("Sheets:    Люди, Коди (hidden), Порожній")
            .contains("== Sheet 1: Люди ==")
            .contains("Hidden:    2 (rows 3, 5)")
            .contains("Rows:      4 read, 0 bad")
            .containsPattern("(?m)^  2  ІПН\\s+text\\s+25\\.0%")
            .contains("== Sheet 2: Коди — HIDDEN ==")
            .contains("top       «001» 1")
            .contains("== Sheet 3: Порожній ==")
            .contains("Skipped:   sheet 'Порожній': the header row 1 is empty");
    }

    @Test
    void jsonForOneSheet() throws Exception {
        int code = run(file.toString(), "--json", "--sheet", "Коди");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("sheets")).hasSize(1);
        JsonNode sheet = json.at("/sheets/0");
        assertThat(sheet.get("visibility").asText()).isEqualTo("hidden");
        assertThat(sheet.at("/profile/rows").asLong()).isEqualTo(1);
        assertThat(sheet.at("/profile/columns/0/name").asText()).isEqualTo("КОД");
    }

    @Test
    void anUnknownSheetIsAUsageError() {
        int code = run(file.toString(), "--sheet", "Люде");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no sheet 'Люде'; the workbook has: Люди, Коди (hidden), Порожній (did you mean 'Люди'?)");
    }
}
