package io.unireg.dedupe;

import io.unireg.match.Decision;
import io.unireg.match.FieldComparison;
import io.unireg.match.FieldScore;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.ScoredPair;
import io.unireg.match.ScoredPairs;
import io.unireg.sink.CsvSink;
import io.unireg.sink.StreamingWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code review.csv} and {@code review.xlsx}: the pairs between the review and match thresholds, most
 * likely first, the two records side by side field by field with the level each comparison reached
 * and its weight, and an empty {@code decision} column (match / no_match) for the clerk. The filled-in
 * file is what {@code review_decisions:} reads back.
 */
public final class ReviewFiles {

    public static final List<String> DECISIONS = List.of("match", "no_match");

    private final MatchResult result;
    private final List<MatchRecord> records;
    private final List<String> header;
    private final int[] pairs;

    public ReviewFiles(MatchResult result, List<MatchRecord> records, List<FieldComparison> comparisons) {
        this.result = result;
        this.records = records;
        List<String> h = new ArrayList<>(List.of("left", "right", "probability", "match_weight"));
        for (FieldComparison c : comparisons) {
            h.addAll(List.of(c.field() + ".left", c.field() + ".right", c.field() + ".level", c.field() + ".weight"));
        }
        h.add("decision");
        this.header = List.copyOf(h);
        ScoredPairs all = result.pairs();
        List<Integer> review = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.decision(i) == Decision.REVIEW) {
                review.add(i);
            }
        }
        // Most likely first; equal probabilities keep pair order, so the files are byte-stable.
        review.sort(Comparator.comparingDouble((Integer i) -> -all.probability(i)).thenComparingInt(i -> i));
        this.pairs = review.stream().mapToInt(Integer::intValue).toArray();
    }

    public int rows() {
        return pairs.length;
    }

    public List<String> header() {
        return header;
    }

    /** One review row as text, in {@link #header()} order. */
    List<String> row(int n) {
        ScoredPair p = result.pairs().pair(pairs[n]);
        List<String> row = new ArrayList<>(header.size());
        row.add(records.get(p.left()).ref().toString());
        row.add(records.get(p.right()).ref().toString());
        row.add(Numbers.fixed(p.probability(), 4));
        row.add(Numbers.fixed(p.matchWeight(), 2));
        for (FieldScore f : p.fields()) {
            row.add(f.left() == null ? "" : f.left());
            row.add(f.right() == null ? "" : f.right());
            row.add(f.levelLabel());
            row.add(Numbers.fixed(f.weight(), 2));
        }
        row.add("");
        return row;
    }

    /** Writes review.csv; returns its SHA-256. */
    public String writeCsv(Path file) throws IOException {
        CsvSink csv = new CsvSink(file, header);
        for (int n = 0; n < pairs.length; n++) {
            csv.write(row(n).toArray(String[]::new));
        }
        csv.close();
        return csv.sha256();
    }

    /** Writes review.xlsx (streaming: a window of rows in memory), with a drop-down on the decision column. */
    public void writeXlsx(Path file) throws IOException {
        SXSSFWorkbook book = new StreamingWorkbook(200, false);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = book.createSheet("review");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFRow head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                SXSSFCell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 256 * (c < 2 ? 22 : header.get(c).endsWith(".level") ? 18 : 14));
            }
            sheet.createFreezePane(2, 1);
            for (int n = 0; n < pairs.length; n++) {
                List<String> values = row(n);
                SXSSFRow row = sheet.createRow(n + 1);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    SXSSFCell cell = row.createCell(c);
                    if (c == 2 || c == 3 || (header.get(c).endsWith(".weight"))) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        cell.setCellValue(v);
                    }
                }
            }
            int decision = header.size() - 1;
            if (pairs.length > 0) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(
                        helper.createExplicitListConstraint(DECISIONS.toArray(String[]::new)),
                        new CellRangeAddressList(1, pairs.length, decision, decision));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
                sheet.setAutoFilter(new CellRangeAddress(0, pairs.length, 0, decision));
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    /** A probability as links.csv and the review files write it: four decimals. */
    public static String probability(double p) {
        return Numbers.fixed(p, 4);
    }

    /** Locale-free fixed-point text without String.format's cost (a million links). */
    static final class Numbers {
        private Numbers() {
        }

        static String fixed(double value, int decimals) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
            }
            String s = java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
            return s.startsWith("-") && s.chars().allMatch(c -> c == '-' || c == '0' || c == '.') ? s.substring(1) : s;
        }
    }
}
