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
    /** report.xlsx, its rejects sheet taking the reject rows as they come; {@code null} once handed over. */
    private ReportXlsx workbook;

    /** Empty tallies for a run that writes its rows in the run's fixed column orders; no workbook. */
    public RunTallies(ReportOptions options) {
        this(options, null);
    }

    /** Also fills the rejects sheet of {@code workbook} (may be {@code null}) with the reject rows. */
    public RunTallies(ReportOptions options, ReportXlsx workbook) {
        this.links = new Links(0, 2);
        this.rejects = new Rejects(new PiiMask(options.showPii()));
        this.workbook = workbook;
    }

    /** One row as written to links.csv ({@code source,key,cluster_id,match_probability}). */
    public void link(String[] row) {
        links.add(row, probability(row[3]));
    }

    /** One row as written to rejects.csv ({@code source,key,line,field,rule,message}). */
    public void reject(String[] row) {
        long line = Long.parseLong(row[2]);
        rejects.add(row[0], row[1], line, row[3], row[4], row[5]);
        if (workbook != null) {
            workbook.reject(row[0], row[1], line, row[3], row[4], row[5]);
        }
    }

    /**
     * report.xlsx with its rejects sheet filled; {@code null} when there is none (the report then fills
     * one from rejects.csv). The caller closes it; later rows are the caller's business.
     */
    public ReportXlsx workbook() {
        ReportXlsx taken = workbook;
        workbook = null;
        return taken;
    }

    /** Releases the workbook when the run ends without reports. */
    public void discard() {
        if (workbook != null) {
            workbook.close();
            workbook = null;
        }
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
