package io.unireg.report;

import io.unireg.report.ReportModel.Gate;
import io.unireg.report.ReportModel.RejectGroup;
import io.unireg.sink.StreamingWorkbook;
import io.unireg.source.SourceItem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code report.xlsx} for officials who work in Excel: a summary sheet with the report's figures,
 * the rejects (every row of {@code rejects.csv}), and one sheet per reconciliation status with that
 * status's rows of {@code reconciliation.csv}. Written with POI's streaming SXSSF, so a million rows
 * take a window of 100 rows of memory per sheet. Masked like the HTML unless {@code --show-pii}.
 */
public final class ReportXlsx implements AutoCloseable {

    /**
     * Data rows per sheet. The workbook is for reading, not the data itself (that is in the CSV and the
     * per-status files): a sheet of a million rows is unworkable in Excel, and writing the sheets of a
     * 1M-against-2M reconciliation in full took 91 of a run's 390 seconds.
     */
    static final int MAX_ROWS = 100_000;

    /** reconciliation.csv columns that name things rather than hold a person's values: never masked. */
    private static final Set<String> PLAIN_COLUMNS = Set.of("status", "differing_fields", "differences", "fields",
            "unireg_id", "cluster_id", "source", "match_probability", "reason", "evidence");

    private final Texts t;
    private final PiiMask mask;
    private final SXSSFWorkbook wb;
    private final CellStyle bold;
    /**
     * The workbook's default style, set on every data cell: a cell without a style makes SXSSF look up
     * its column's style in the sheet's XML beans when the row is flushed — 23 % of writing the rejects
     * sheet. The written cell is the same (style 0 writes no attribute).
     */
    private final CellStyle defaultStyle;
    private final SXSSFSheet summarySheet;
    private final SXSSFSheet rejectSheet;
    /** Rows of rejects.csv handed to {@link #reject}; the sheet holds the first {@link #MAX_ROWS}. */
    private long rejects;

    /**
     * A workbook begun: its summary sheet (filled by {@link #write}) and its rejects sheet, which
     * {@link #reject} fills row by row — while the run writes rejects.csv, so the run's last step does
     * not read the file back and write the sheet on one core (it was most of the reports' time).
     * Close it when done: SXSSF keeps each sheet in a temporary file until then.
     */
    ReportXlsx(ReportOptions options) {
        this.t = new Texts(options);
        this.mask = new PiiMask(options.showPii());
        SXSSFWorkbook workbook = new StreamingWorkbook(100, false);
        try {
            this.wb = workbook;
            Font font = wb.createFont();
            font.setBold(true);
            this.bold = wb.createCellStyle();
            bold.setFont(font);
            this.defaultStyle = wb.getCellStyleAt(0);
            this.summarySheet = wb.createSheet(sheetName(t.get("xlsx.summary")));
            this.rejectSheet = rejectsSheet();
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
    }

    /**
     * Loads POI on a spare thread while the run starts and begins the run's workbook there. A JVM's
     * first workbook costs ~1.4 s of class loading and schema initialisation — time the run would
     * otherwise spend on a thread that has rows to write. The thread then writes a one-cell workbook
     * to nowhere, loading the writing path too. The future fails when the workbook cannot be begun;
     * the report then makes its own and says why, if it fails again.
     */
    public static CompletableFuture<ReportXlsx> begin(ReportOptions options) {
        CompletableFuture<ReportXlsx> workbook = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                workbook.complete(new ReportXlsx(options));
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // Out of memory here, the run runs out on its own threads too and says so in one line.
                workbook.completeExceptionally(e);
                return;
            }
            writeWarmUpWorkbook();
        }, "report-warm-up");
        thread.setDaemon(true);
        thread.start();
        return workbook;
    }

    /** A one-cell workbook with a style and a frozen pane, written to nowhere. */
    static void writeWarmUpWorkbook() {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(1, false)) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(workbook.createFont());
            SXSSFSheet sheet = workbook.createSheet("warm-up");
            sheet.setColumnWidth(0, 10 * 256);
            sheet.createFreezePane(0, 1);
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("warm-up");
            row.createCell(1).setCellValue(1);
            row.getCell(0).setCellStyle(style);
            workbook.write(OutputStream.nullOutputStream());
        } catch (Exception | LinkageError | OutOfMemoryError ignored) {
            // the report's own workbook loads what this did not (and a heap too small fails the run itself)
        }
    }

    /** The workbook of the finished run in {@code runDir}, its rejects sheet filled from the run's rejects.csv. */
    static ReportXlsx fromFiles(Path runDir, ReportOptions options) throws ReportException {
        ReportXlsx workbook = new ReportXlsx(options);
        try {
            Path file = runDir.resolve(ReportReader.REJECTS);
            if (Files.isRegularFile(file)) {
                ReportReader.eachReject(file, (source, key, line, field, rule, message) -> {
                    workbook.reject(source, key, line, field, rule, message);
                    return workbook.rejects <= MAX_ROWS; // one row past the cap: the sheet ends with the note
                });
            }
            return workbook;
        } catch (ReportException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** One row of rejects.csv, in the file's order; the sheet keeps the first {@link #MAX_ROWS}. */
    void reject(String source, String key, long line, String field, String rule, String message) {
        if (rejects++ >= MAX_ROWS) {
            return;
        }
        Row row = rejectSheet.createRow((int) rejects);
        cell(row, 0).setCellValue(source);
        cell(row, 1).setCellValue(mask.value(key));
        cell(row, 2).setCellValue(line);
        cell(row, 3).setCellValue(t.field(field));
        cell(row, 4).setCellValue(t.rule(rule));
        cell(row, 5).setCellValue(mask.message(message));
    }

    /** Fills in the figures of {@code model} (read from {@code runDir}) and writes the workbook to {@code file}. */
    void write(ReportModel m, Path runDir, Path file) throws IOException, ReportException {
        created(m).ifPresent(d -> wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(d)));
        summary(m);
        if (rejects > MAX_ROWS) {
            truncated(rejectSheet, MAX_ROWS + 1, m.rejects().rows(), ReportReader.REJECTS);
        }
        statuses(m, runDir);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** Removes the sheets' temporary files. */
    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException ignored) {
            // SXSSF's close disposes temporary files and throws only what closing a package may: nothing was opened
        }
    }

    /** The run's start as the workbook's creation date, so re-rendering the same run gives the same content. */
    private static Optional<Date> created(ReportModel m) {
        try {
            return Optional.of(Date.from(Instant.parse(m.run().startedAt())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void summary(ReportModel m) {
        SXSSFSheet sheet = summarySheet;
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        int r = 0;
        header(sheet, r++, t.get("xlsx.figure"), t.get("xlsx.value"));
        ReportModel.Summary s = m.summary();
        r = pair(sheet, r, t.get("xlsx.job"), m.run().job());
        r = pair(sheet, r, t.get("xlsx.started"), t.time(m.run().startedAt()));
        r = pair(sheet, r, t.get("card.inputs"), s.inputs());
        r = pair(sheet, r, t.get("card.rows_read"), s.rowsRead());
        r = pair(sheet, r, t.get("card.rows_rejected"), s.rowsRejected());
        r = pair(sheet, r, t.get("xlsx.rows_accepted"), s.rowsAccepted());
        r = pair(sheet, r, t.get("xlsx.reject_rows"), s.rejectRows());
        r = pair(sheet, r, t.get("card.golden"), s.goldenRecords());
        r = pair(sheet, r, t.get("card.duplicates"), s.duplicatesMerged());
        if (m.dedupe().ran()) {
            r = pair(sheet, r, t.get("xlsx.merged_clusters"), m.dedupe().mergedClusters());
            if (m.dedupe().hasReview()) {
                r = pair(sheet, r, t.get("xlsx.review_pairs"), m.dedupe().reviewPairs());
            }
            for (Map.Entry<Integer, Long> e : new java.util.TreeMap<>(m.dedupe().clusterSizes()).entrySet()) {
                r = pair(sheet, r, t.get("xlsx.cluster_size", e.getKey()), e.getValue());
            }
        } else {
            r = pair(sheet, r, t.get("dedupe.title"), t.get("dedupe.notrun"));
        }
        if (m.reconciliation().ran()) {
            for (Map.Entry<String, Long> e : m.reconciliation().statuses().entrySet()) {
                r = pair(sheet, r, t.status(e.getKey()), e.getValue());
            }
        } else {
            r = pair(sheet, r, t.get("rec.title"), t.get("rec.notrun"));
        }
        for (Gate g : m.gates()) {
            r = pair(sheet, r, t.get("xlsx.gate", t.gate(g.gate())),
                    g.actual() + " / " + g.limit() + " — " + t.get(g.passed() ? "quality.passed" : "quality.failed"));
        }
        r++;
        header(sheet, r++, t.get("rejects.source"), t.get("rejects.field"), t.get("rejects.rule"), t.get("rejects.count"));
        for (RejectGroup g : m.rejects().groups()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.source());
            row.createCell(1).setCellValue(t.field(g.field()));
            row.createCell(2).setCellValue(t.rule(g.rule()) + " (" + g.rule() + ")");
            row.createCell(3).setCellValue(g.rows());
        }
        if (m.reconciliation().ran() && !m.reconciliation().differingFields().isEmpty()) {
            r++;
            header(sheet, r++, t.get("rec.fields.title"), t.get("rec.count"));
            for (ReportModel.FieldCount f : m.reconciliation().differingFields()) {
                r = pair(sheet, r, t.field(f.field()), f.records());
            }
        }
    }

    private SXSSFSheet rejectsSheet() {
        SXSSFSheet sheet = wb.createSheet(sheetName(t.get("xlsx.rejects")));
        int[] widths = {14, 16, 8, 22, 30, 70};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        header(sheet, 0, t.get("rejects.source"), t.get("xlsx.key"), t.get("xlsx.line"), t.get("rejects.field"),
                t.get("rejects.rule"), t.get("xlsx.message"));
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** One sheet per status, filled in one pass over reconciliation.csv (SXSSF sheets stream independently). */
    private void statuses(ReportModel m, Path runDir) throws ReportException {
        if (!m.reconciliation().ran()) {
            return;
        }
        Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();
        Map<String, Integer> next = new LinkedHashMap<>();
        try (RunTable table = RunTable.open(runDir.resolve(ReportReader.RECONCILIATION))) {
            List<String> columns = table.columns();
            boolean[] plain = new boolean[columns.size()];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = PLAIN_COLUMNS.contains(columns.get(i));
            }
            for (String status : m.reconciliation().statuses().keySet()) {
                SXSSFSheet sheet = wb.createSheet(sheetName(t.status(status)));
                header(sheet, 0, columns.toArray(String[]::new));
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < columns.size(); i++) {
                    sheet.setColumnWidth(i, 20 * 256);
                }
                sheets.put(status, sheet);
                next.put(status, 1);
            }
            int status = table.column("status");
            for (SourceItem.Row in = table.next(); in != null; in = table.next()) {
                String[] c = in.cells();
                int r = next.get(c[status]);
                SXSSFSheet sheet = sheets.get(c[status]);
                if (r > MAX_ROWS) {
                    if (r == MAX_ROWS + 1) {
                        truncated(sheet, r, m.reconciliation().statuses().get(c[status]), ReportReader.RECONCILIATION);
                        next.put(c[status], r + 1);
                    }
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int i = 0; i < c.length; i++) {
                    cell(row, i).setCellValue(plain[i] ? c[i] : mask.value(c[i]));
                }
                next.put(c[status], r + 1);
            }
        }
    }

    /** A data cell with the default style set (see {@link #defaultStyle}). */
    private Cell cell(Row row, int column) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(defaultStyle);
        return cell;
    }

    private void truncated(Sheet sheet, int r, long total, String file) {
        sheet.createRow(r).createCell(0).setCellValue(t.get("xlsx.truncated", t.number(MAX_ROWS), t.number(total), file));
    }

    private void header(Sheet sheet, int r, String... names) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static int pair(Sheet sheet, int r, String label, Object value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
        } else {
            row.createCell(1).setCellValue(String.valueOf(value));
        }
        return r + 1;
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
    private String sheetName(String wanted) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        String candidate = name;
        for (int i = 2; wb.getSheet(candidate) != null; i++) {
            String suffix = " " + i;
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
