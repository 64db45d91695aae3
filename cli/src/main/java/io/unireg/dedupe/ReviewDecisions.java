package io.unireg.dedupe;

import io.unireg.match.MatchConstraints;
import io.unireg.match.RecordRef;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the clerk's decisions: the {@code review.xlsx} (or {@code review.csv}) a run wrote, with its
 * {@code decision} column filled in, or a plain CSV of {@code source:key,source:key,match|no_match}.
 * Rows left undecided are skipped; a row that cannot be read is reported by file and row, never fatal.
 */
public final class ReviewDecisions {

    /** The decisions and what could not be read ({@code review.xlsx:14: …}). */
    public record Read(Path file, MatchConstraints constraints, List<String> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        public static Read none() {
            return new Read(null, MatchConstraints.NONE, List.of());
        }

        public int count() {
            return constraints.mustLink().size() + constraints.cannotLink().size();
        }
    }

    private ReviewDecisions() {
    }

    /** A missing file is not an error (the clerk has not answered yet): it is reported and yields no decisions. */
    public static Read read(Path file) throws IOException {
        if (file == null) {
            return Read.none();
        }
        List<List<String>> rows;
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            rows = name.endsWith(".xlsx") ? xlsx(file) : csv(file);
        } catch (NoSuchFileException e) {
            return new Read(file, MatchConstraints.NONE, List.of(file + ": no such file yet; no review decisions applied"));
        }
        return interpret(file.getFileName().toString(), file, rows);
    }

    static Read interpret(String name, Path file, List<List<String>> rows) {
        int left = 0, right = 1, decision = 2, first = 0;
        if (!rows.isEmpty()) {
            List<String> header = rows.get(0).stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
            if (header.contains("decision")) {
                left = header.indexOf("left");
                right = header.indexOf("right");
                decision = header.indexOf("decision");
                first = 1;
                if (left < 0 || right < 0) {
                    return new Read(file, MatchConstraints.NONE, List.of(name + ":1: a decisions file with a header needs "
                            + "'left', 'right' and 'decision' columns"));
                }
            }
        }
        List<MatchConstraints.Link> must = new ArrayList<>();
        List<MatchConstraints.Link> cannot = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String origin = name + ":" + (r + 1);
            String verdict = cell(row, decision).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (verdict.isEmpty()) {
                continue;
            }
            RecordRef a = RecordRef.parse(cell(row, left));
            RecordRef b = RecordRef.parse(cell(row, right));
            if (a == null || b == null) {
                problems.add(origin + ": a decision names two records as source:key, found '" + cell(row, left)
                        + "' and '" + cell(row, right) + "'");
                continue;
            }
            switch (verdict) {
                case "match" -> must.add(new MatchConstraints.Link(a, b, origin));
                case "no_match" -> cannot.add(new MatchConstraints.Link(a, b, origin));
                default -> problems.add(origin + ": decision '" + cell(row, decision) + "' is neither match nor no_match; row skipped");
            }
        }
        return new Read(file, new MatchConstraints(must, cannot), problems);
    }

    private static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
    }

    private static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(true).get())) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
