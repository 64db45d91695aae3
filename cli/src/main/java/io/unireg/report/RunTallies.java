package io.unireg.report;

import io.unireg.report.ReportModel.DedupeFigures;
import io.unireg.report.ReportModel.RejectExample;
import io.unireg.report.ReportModel.RejectFigures;
import io.unireg.report.ReportModel.RejectGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The report's counts of {@code links.csv} and {@code rejects.csv}, row by row. {@link ReportReader}
 * feeds them from the files of a finished run; a run feeds them the same rows while it writes them, so
 * the reports need not read a million-row links file back (the figures are the same: each row goes
 * through the same {@code add}).
 */
public final class RunTallies {

    /** Rows of links.csv: {@code source,key,cluster_id,match_probability}. */
    public static final class Links {
        long rows;
        long belowCertain;
        final ClusterCounter clusters = new ClusterCounter();
        private final Map<String, Long> perSource = new HashMap<>();
        final long[] scores = new long[DedupeFigures.BINS];
        private final int source;
        private final int cluster;
        /** Rows come a source at a time: counted here, and added to {@link #perSource} when the source changes. */
        private String lastSource;
        private long lastSourceRows;

        Links(int source, int cluster) {
            this.source = source;
            this.cluster = cluster;
        }

        void add(String[] cells, double probability) {
            rows++;
            String s = cells[source];
            if (!s.equals(lastSource)) {
                settle();
                lastSource = s;
            }
            lastSourceRows++;
            clusters.add(cells[cluster]);
            scores[ReportReader.bin(probability)]++;
            if (probability < 1) {
                belowCertain++;
            }
        }

        /** Rows of {@code source} in links.csv. */
        long rowsOf(String source) {
            settle();
            return perSource.getOrDefault(source, 0L);
        }

        private void settle() {
            if (lastSourceRows > 0) {
                perSource.merge(lastSource, lastSourceRows, Long::sum);
                lastSourceRows = 0;
            }
        }
    }

    /** Rows of rejects.csv: {@code source,key,line,field,rule,message}. */
    public static final class Rejects {
        long rows;
        final Map<String, Long> perSource = new HashMap<>();
        final Map<String, Set<Long>> rowLines = new HashMap<>();
        final Map<List<String>, Long> counts = new LinkedHashMap<>();
        final Map<List<String>, List<RejectExample>> examples = new HashMap<>();
        private final PiiMask mask;

        Rejects(PiiMask mask) {
            this.mask = mask;
        }

        void add(String source, String key, long line, String field, String rule, String message) {
            rows++;
            perSource.merge(source, 1L, Long::sum);
            rowLines.computeIfAbsent(source, s -> new HashSet<>()).add(line);
            List<String> group = List.of(source, field, rule);
            counts.merge(group, 1L, Long::sum);
            List<RejectExample> ex = examples.computeIfAbsent(group, g -> new ArrayList<>());
            if (ex.size() < ReportReader.EXAMPLES) {
                ex.add(new RejectExample(line, mask.value(key), mask.message(message)));
            }
        }

        RejectFigures figures() {
            List<RejectGroup> groups = new ArrayList<>();
            counts.forEach((k, n) -> groups.add(new RejectGroup(k.get(0), k.get(1), k.get(2), n, examples.get(k))));
            groups.sort(Comparator.comparingLong(RejectGroup::rows).reversed()
                    .thenComparing(RejectGroup::source).thenComparing(RejectGroup::field).thenComparing(RejectGroup::rule));
            return new RejectFigures(rows, groups);
        }
    }

    private final Links links;
    private final Rejects rejects;
    /** report.xlsx, begun on another thread; its rejects sheet takes the reject rows as they come. */
    private final CompletableFuture<ReportXlsx> workbookBegun;
    private ReportXlsx workbook;
    /** Reject rows that came before the workbook was begun (at most the sheet's cap). */
    private List<String[]> waiting = new ArrayList<>();
    private boolean workbookFailed;
    private boolean handedOver;

    /** Empty tallies for a run that writes its rows in the run's fixed column orders; no workbook. */
    public RunTallies(ReportOptions options) {
        this(options, CompletableFuture.failedFuture(new IllegalStateException("no workbook")));
    }

    /** Also fills the rejects sheet of {@code workbook} ({@link ReportXlsx#begin}) with the reject rows. */
    public RunTallies(ReportOptions options, CompletableFuture<ReportXlsx> workbook) {
        this.links = new Links(0, 2);
        this.rejects = new Rejects(new PiiMask(options.showPii()));
        this.workbookBegun = workbook;
    }

    /** One row as written to links.csv ({@code source,key,cluster_id,match_probability}). */
    public void link(String[] row) {
        links.add(row, probability(row[3]));
    }

    /** One row as written to rejects.csv ({@code source,key,line,field,rule,message}). */
    public void reject(String[] row) {
        long line = Long.parseLong(row[2]);
        rejects.add(row[0], row[1], line, row[3], row[4], row[5]);
        if (workbook == null && !workbookFailed && workbookBegun.isDone()) {
            take(workbookBegun);
        }
        if (workbook != null) {
            workbook.reject(row[0], row[1], line, row[3], row[4], row[5]);
        } else if (!workbookFailed && waiting.size() <= ReportXlsx.MAX_ROWS) {
            waiting.add(row); // past the cap a row is only counted: the sheet ends with a note
        }
    }

    /**
     * report.xlsx with its rejects sheet filled, waiting for the workbook to be begun if it is not yet;
     * {@code null} when it could not be (the report then fills one from rejects.csv). The caller closes it.
     */
    public ReportXlsx workbook() {
        if (workbook == null && !workbookFailed) {
            take(workbookBegun);
        }
        ReportXlsx taken = workbook;
        workbook = null;
        workbookFailed = true; // handed over: later rows are the caller's business
        handedOver = true;
        return taken;
    }

    /** Removes the workbook's temporary files when the run ends without reports (whenever it is begun). */
    public void discard() {
        if (!handedOver) {
            handedOver = true;
            workbookFailed = true;
            workbook = null;
            waiting = List.of();
            workbookBegun.thenAccept(ReportXlsx::close);
        }
    }

    private void take(CompletableFuture<ReportXlsx> begun) {
        try {
            workbook = begun.join();
            for (String[] row : waiting) {
                workbook.reject(row[0], row[1], Long.parseLong(row[2]), row[3], row[4], row[5]);
            }
        } catch (CompletionException | CancellationException e) {
            workbookFailed = true;
        }
        waiting = List.of();
    }

    Links links() {
        return links;
    }

    Rejects rejects() {
        return rejects;
    }

    /** The run writes "1" for every certain link: the common case needs no number parsing. */
    private static double probability(String cell) {
        return "1.0".equals(cell) || "1.0000".equals(cell) || "1".equals(cell) ? 1.0 : Double.parseDouble(cell);
    }
}
