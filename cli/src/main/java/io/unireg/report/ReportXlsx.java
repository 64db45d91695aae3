package io.unireg.report;

import io.unireg.report.ReportModel.Gate;
import io.unireg.report.ReportModel.RejectGroup;
import io.unireg.sink.PlainWorkbook;
import io.unireg.source.SourceItem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code report.xlsx} for officials who work in Excel: a summary sheet with the report's figures,
 * the rejects (every row of {@code rejects.csv}), and one sheet per reconciliation status with that
 * status's rows of {@code reconciliation.csv}. Each sheet is held deflated ({@link PlainWorkbook}),
 * so a capped sheet of 100,000 rows takes a few MB. Masked like the HTML unless {@code --show-pii}.
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
    private final PlainWorkbook wb = new PlainWorkbook();
    private final PlainWorkbook.Sheet summarySheet;
    private final PlainWorkbook.Sheet rejectSheet;
    /** Rows of rejects.csv handed to {@link #reject}; the sheet holds the first {@link #MAX_ROWS}. */
    private long rejects;

    /**
     * A workbook begun: its summary sheet (filled by {@link #write}) and its rejects sheet, which
     * {@link #reject} fills row by row — while the run writes rejects.csv, so the run's last step does
     * not read the file back.
     */
    public ReportXlsx(ReportOptions options) {
        this.t = new Texts(options);
        this.mask = new PiiMask(options.showPii());
        this.summarySheet = wb.sheet(t.get("xlsx.summary"), new double[]{44, 22, 22, 12}, 0);
        this.rejectSheet = wb.sheet(t.get("xlsx.rejects"), new double[]{14, 16, 8, 22, 30, 70}, 1);
        header(rejectSheet, t.get("rejects.source"), t.get("xlsx.key"), t.get("xlsx.line"), t.get("rejects.field"),
                t.get("rejects.rule"), t.get("xlsx.message"));
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
        rejectSheet.row().text(source).text(mask.value(key)).number(line).text(t.field(field)).text(t.rule(rule))
                .text(mask.message(message));
    }

    /** Fills in the figures of {@code model} (read from {@code runDir}) and writes the workbook to {@code file}. */
    void write(ReportModel m, Path runDir, Path file) throws IOException, ReportException {
        summary(m);
        if (rejects > MAX_ROWS) {
            truncated(rejectSheet, m.rejects().rows(), ReportReader.REJECTS);
        }
        statuses(m, runDir);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out, created(m));
        }
    }

    @Override
    public void close() {
        wb.close();
    }

    /** The run's start as the workbook's creation date, so re-rendering the same run gives the same bytes. */
    private static Instant created(ReportModel m) {
        String started = m.run().startedAt();
        try {
            return started == null ? Instant.EPOCH : Instant.parse(started);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private void summary(ReportModel m) {
        PlainWorkbook.Sheet sheet = summarySheet;
        header(sheet, t.get("xlsx.figure"), t.get("xlsx.value"));
        ReportModel.Summary s = m.summary();
        pair(sheet, t.get("xlsx.job"), m.run().job());
        pair(sheet, t.get("xlsx.started"), t.time(m.run().startedAt()));
        pair(sheet, t.get("card.inputs"), s.inputs());
        pair(sheet, t.get("card.rows_read"), s.rowsRead());
        pair(sheet, t.get("card.rows_rejected"), s.rowsRejected());
        pair(sheet, t.get("xlsx.rows_accepted"), s.rowsAccepted());
        pair(sheet, t.get("xlsx.reject_rows"), s.rejectRows());
        pair(sheet, t.get("card.golden"), s.goldenRecords());
        pair(sheet, t.get("card.duplicates"), s.duplicatesMerged());
        if (m.dedupe().ran()) {
            pair(sheet, t.get("xlsx.merged_clusters"), m.dedupe().mergedClusters());
            if (m.dedupe().hasReview()) {
                pair(sheet, t.get("xlsx.review_pairs"), m.dedupe().reviewPairs());
            }
            for (Map.Entry<Integer, Long> e : new java.util.TreeMap<>(m.dedupe().clusterSizes()).entrySet()) {
                pair(sheet, t.get("xlsx.cluster_size", e.getKey()), e.getValue());
            }
        } else {
            pair(sheet, t.get("dedupe.title"), t.get("dedupe.notrun"));
        }
        if (m.reconciliation().ran()) {
            for (Map.Entry<String, Long> e : m.reconciliation().statuses().entrySet()) {
                pair(sheet, t.status(e.getKey()), e.getValue());
            }
        } else {
            pair(sheet, t.get("rec.title"), t.get("rec.notrun"));
        }
        for (Gate g : m.gates()) {
            pair(sheet, t.get("xlsx.gate", t.gate(g.gate())),
                    g.actual() + " / " + g.limit() + " — " + t.get(g.passed() ? "quality.passed" : "quality.failed"));
        }
        sheet.row();
        header(sheet, t.get("rejects.source"), t.get("rejects.field"), t.get("rejects.rule"), t.get("rejects.count"));
        for (RejectGroup g : m.rejects().groups()) {
            sheet.row().text(g.source()).text(t.field(g.field())).text(t.rule(g.rule()) + " (" + g.rule() + ")").number(g.rows());
        }
        if (m.reconciliation().ran() && !m.reconciliation().differingFields().isEmpty()) {
            sheet.row();
            header(sheet, t.get("rec.fields.title"), t.get("rec.count"));
            for (ReportModel.FieldCount f : m.reconciliation().differingFields()) {
                pair(sheet, t.field(f.field()), f.records());
            }
        }
    }

    /** One sheet per status, filled in one pass over reconciliation.csv (each sheet buffers on its own). */
    private void statuses(ReportModel m, Path runDir) throws ReportException {
        if (!m.reconciliation().ran()) {
            return;
        }
        Map<String, PlainWorkbook.Sheet> sheets = new LinkedHashMap<>();
        try (RunTable table = RunTable.open(runDir.resolve(ReportReader.RECONCILIATION))) {
            List<String> columns = table.columns();
            boolean[] plain = new boolean[columns.size()];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = PLAIN_COLUMNS.contains(columns.get(i));
            }
            double[] widths = new double[columns.size()];
            Arrays.fill(widths, 20);
            for (String status : m.reconciliation().statuses().keySet()) {
                PlainWorkbook.Sheet sheet = wb.sheet(t.status(status), widths, 1);
                header(sheet, columns.toArray(String[]::new));
                sheets.put(status, sheet);
            }
            int status = table.column("status");
            for (SourceItem.Row in = table.next(); in != null; in = table.next()) {
                String[] c = in.cells();
                PlainWorkbook.Sheet sheet = sheets.get(c[status]);
                int rows = sheet.rows(); // the header and the data rows so far
                if (rows > MAX_ROWS) {
                    if (rows == MAX_ROWS + 1) {
                        truncated(sheet, m.reconciliation().statuses().get(c[status]), ReportReader.RECONCILIATION);
                    }
                    continue;
                }
                sheet.row();
                for (int i = 0; i < c.length; i++) {
                    sheet.text(plain[i] ? c[i] : mask.value(c[i]));
                }
            }
        }
    }

    private void truncated(PlainWorkbook.Sheet sheet, long total, String file) {
        sheet.row().text(t.get("xlsx.truncated", t.number(MAX_ROWS), t.number(total), file));
    }

    private static void header(PlainWorkbook.Sheet sheet, String... names) {
        sheet.row();
        for (String name : names) {
            sheet.bold(name);
        }
    }

    private static void pair(PlainWorkbook.Sheet sheet, String label, Object value) {
        sheet.row().text(label);
        if (value instanceof Number n) {
            sheet.number(n.doubleValue());
        } else {
            sheet.text(String.valueOf(value));
        }
    }
}
