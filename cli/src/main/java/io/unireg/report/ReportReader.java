package io.unireg.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unireg.report.ReportModel.DedupeFigures;
import io.unireg.report.ReportModel.FieldCount;
import io.unireg.report.ReportModel.Gate;
import io.unireg.report.ReportModel.InputFigures;
import io.unireg.report.ReportModel.ReconciliationFigures;
import io.unireg.report.ReportModel.RunInfo;
import io.unireg.report.ReportModel.SourceFile;
import io.unireg.report.ReportModel.Summary;
import io.unireg.source.SourceItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link ReportModel} from a finished run folder. Every figure is counted from the rows of
 * the run's files; the manifest supplies only what no output row holds (rows read per input, the
 * detected encoding, quality gates, thresholds). Files a stage did not write make that section
 * "not run" rather than an error.
 */
public final class ReportReader {

    public static final String MANIFEST = "manifest.json";
    public static final String REJECTS = "rejects.csv";
    public static final String LINKS = "links.csv";
    public static final String REVIEW = "review.csv";
    public static final String RECONCILIATION = "reconciliation.csv";

    /** Reject rows shown per (source, field, rule). */
    static final int EXAMPLES = 3;

    private final Path dir;
    private final PiiMask mask;
    private final RunTallies live;
    private final List<SourceFile> files = new ArrayList<>();
    private JsonNode manifest;

    private ReportReader(Path dir, ReportOptions options, RunTallies live) {
        this.dir = dir;
        this.mask = new PiiMask(options.showPii());
        this.live = live;
    }

    /** The model of the run in {@code dir}. */
    public static ReportModel read(Path dir, ReportOptions options) throws ReportException {
        return new ReportReader(dir, options, null).read();
    }

    /**
     * The model of the run in {@code dir}, whose links and rejects were counted into {@code live} as
     * the run wrote them (so those two files are not read back); the other files are read.
     */
    public static ReportModel read(Path dir, ReportOptions options, RunTallies live) throws ReportException {
        return new ReportReader(dir, options, live).read();
    }

    private ReportModel read() throws ReportException {
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ReportException(dir + ": no " + MANIFEST + " (not the output folder of a finished run)");
        }
        try {
            manifest = new ObjectMapper().readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw new ReportException(manifestFile + ": not readable as JSON: " + e.getMessage(), e);
        }
        RunInfo run = new RunInfo(text(manifest, "job"), text(manifest, "tool_version"), text(manifest, "job_file"),
                text(manifest, "job_file_sha256"), text(manifest, "started_at"), text(manifest, "finished_at"),
                manifest.path("exit_code").asInt());

        RunTallies.Rejects rejects = readRejects();
        RunTallies.Links links = readLinks();
        long[] reviewScores = new long[DedupeFigures.BINS];
        long reviewPairs = readReview(reviewScores);
        ReconciliationFigures reconciliation = readReconciliation();

        List<InputFigures> inputs = new ArrayList<>();
        long rowsRead = 0;
        for (JsonNode in : manifest.path("inputs")) {
            String source = text(in, "source");
            long read = in.path("rows_read").asLong();
            rowsRead += read;
            long carried = in.path("rows_carried").asLong();
            // links.csv also lists the rows carried over from the last good run: they were not read this run
            long accepted = links == null ? in.path("rows_accepted").asLong() : links.rowsOf(source) - carried;
            JsonNode detected = in.path("detected");
            inputs.add(new InputFigures(source, text(in, "path"), text(detected, "encoding"), text(detected, "delimiter"),
                    read, in.path("bad_rows").asLong(), accepted, read - accepted, in.path("values_dropped").asLong(),
                    rejects.perSource.getOrDefault(source, 0L), carried));
        }
        long accepted = inputs.stream().mapToLong(InputFigures::rowsAccepted).sum();
        long carried = inputs.stream().mapToLong(InputFigures::rowsCarried).sum();
        long golden = links == null ? manifest.path("counts").path("records_written").asLong() : links.clusters.clusters();
        Summary summary = new Summary(inputs.size(), rowsRead, rowsRead - accepted, rejects.rows,
                rejects.rowLines.values().stream().mapToLong(Set::size).sum(), accepted, golden, accepted + carried - golden, carried);

        DedupeFigures dedupe = dedupe(links, reviewScores, reviewPairs);
        List<Gate> gates = new ArrayList<>();
        for (JsonNode g : manifest.path("quality_gates")) {
            gates.add(new Gate(text(g, "gate"), text(g, "limit"), text(g, "actual"), g.path("passed").asBoolean()));
        }
        return new ReportModel(run, summary, inputs, rejects.figures(), dedupe, reconciliation, gates, files);
    }

    private DedupeFigures dedupe(RunTallies.Links links, long[] reviewScores, long reviewPairs) {
        JsonNode declared = manifest.path("dedupe");
        JsonNode thresholds = declared.path("thresholds");
        Double match = thresholds.path("match").isNumber() ? thresholds.path("match").asDouble() : null;
        Double review = thresholds.path("review").isNumber() ? thresholds.path("review").asDouble() : null;
        if (links == null) {
            return new DedupeFigures(declared.isObject() || reviewPairs >= 0, 0, 0, Map.of(), new long[DedupeFigures.BINS],
                    reviewScores, match, review, reviewPairs);
        }
        Map<Integer, Long> sizes = links.clusters.sizes();
        boolean merged = sizes.keySet().stream().anyMatch(n -> n > 1);
        boolean ran = declared.isObject() || reviewPairs >= 0 || merged || links.belowCertain > 0;
        return new DedupeFigures(ran, links.rows, links.clusters.clusters(), sizes, links.scores, reviewScores,
                match, review, reviewPairs);
    }

    private RunTallies.Rejects readRejects() throws ReportException {
        if (live != null) {
            files.add(sourceFile(REJECTS, live.rejects().rows));
            return live.rejects();
        }
        RunTallies.Rejects t = new RunTallies.Rejects(mask);
        Path file = dir.resolve(REJECTS);
        if (!Files.isRegularFile(file)) {
            return t;
        }
        eachReject(file, (source, key, line, field, rule, message) -> {
            t.add(source, key, line, field, rule, message);
            return true;
        });
        files.add(sourceFile(REJECTS, t.rows));
        return t;
    }

    /** One row of rejects.csv; {@code false} to read no further. */
    interface RejectRow {
        boolean take(String source, String key, long line, String field, String rule, String message);
    }

    /** Hands on the rows of a rejects.csv in file order, until {@code row} says stop. */
    static void eachReject(Path file, RejectRow row) throws ReportException {
        try (RunTable table = RunTable.open(file)) {
            int source = table.column("source");
            int key = table.column("key");
            int line = table.column("line");
            int field = table.column("field");
            int rule = table.column("rule");
            int message = table.column("message");
            for (SourceItem.Row in = table.next(); in != null; in = table.next()) {
                String[] c = in.cells();
                if (!row.take(c[source], c[key], parseLine(file, in, c[line]), c[field], c[rule], c[message])) {
                    return;
                }
            }
        }
    }

    private static long parseLine(Path file, SourceItem.Row row, String cell) throws ReportException {
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new ReportException(file + ":" + row.line() + ": line '" + cell + "' is not a number");
        }
    }

    private RunTallies.Links readLinks() throws ReportException {
        if (live != null) {
            files.add(sourceFile(LINKS, live.links().rows));
            return live.links();
        }
        Path file = dir.resolve(LINKS);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        RunTallies.Links t;
        try (RunTable table = RunTable.open(file)) {
            int probability = table.column("match_probability");
            t = new RunTallies.Links(table.column("source"), table.column("cluster_id"));
            for (SourceItem.Row row = table.next(); row != null; row = table.next()) {
                t.add(row.cells(), table.probability(row, probability));
            }
        }
        files.add(sourceFile(LINKS, t.rows));
        return t;
    }

    /** Rows of review.csv counted into {@code bins}, or -1 when the run wrote no review file. */
    private long readReview(long[] bins) throws ReportException {
        Path file = dir.resolve(REVIEW);
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        long rows = 0;
        try (RunTable table = RunTable.open(file)) {
            // review.csv names the pair's score "probability" (its columns are per pair, not per row)
            int probability = table.optionalColumn("probability") >= 0 ? table.column("probability")
                    : table.column("match_probability");
            for (SourceItem.Row row = table.next(); row != null; row = table.next()) {
                rows++;
                bins[bin(table.probability(row, probability))]++;
            }
        }
        files.add(sourceFile(REVIEW, rows));
        return rows;
    }

    static int bin(double p) {
        return Math.min(DedupeFigures.BINS - 1, (int) Math.floor(p * DedupeFigures.BINS));
    }

    /** Column names a reconciliation file may use for the list of differing fields. */
    static final List<String> DIFFERING_COLUMNS = List.of("differing_fields", "differences", "fields");

    private ReconciliationFigures readReconciliation() throws ReportException {
        Path file = dir.resolve(RECONCILIATION);
        Map<String, Long> statuses = new LinkedHashMap<>();
        ReportModel.RECONCILIATION_STATUSES.forEach(s -> statuses.put(s, 0L));
        if (!Files.isRegularFile(file)) {
            return new ReconciliationFigures(false, 0, statuses, List.of());
        }
        long rows = 0;
        Map<String, Long> fields = new HashMap<>();
        try (RunTable table = RunTable.open(file)) {
            int status = table.column("status");
            int differing = -1;
            for (String name : DIFFERING_COLUMNS) {
                if (differing < 0) {
                    differing = table.optionalColumn(name);
                }
            }
            for (SourceItem.Row row = table.next(); row != null; row = table.next()) {
                rows++;
                statuses.merge(row.cells()[status], 1L, Long::sum);
                if (differing >= 0) {
                    for (String field : differingFields(row.cells()[differing])) {
                        fields.merge(field, 1L, Long::sum);
                    }
                }
            }
        }
        files.add(sourceFile(RECONCILIATION, rows));
        List<FieldCount> counts = new ArrayList<>();
        fields.forEach((f, n) -> counts.add(new FieldCount(f, n)));
        counts.sort(Comparator.comparingLong(FieldCount::records).reversed().thenComparing(FieldCount::field));
        return new ReconciliationFigures(true, rows, statuses, counts);
    }

    /** {@code "surname; birth_date"} or {@code "surname:Петренко→Петрenko|birth_date"} → the field names, once each. */
    static Set<String> differingFields(String cell) {
        Set<String> names = new java.util.TreeSet<>();
        for (String part : cell.split("[;|,]")) {
            String name = part.split("[:=]", 2)[0].strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private SourceFile sourceFile(String name, long rows) {
        String sha = null;
        Long listed = null;
        for (JsonNode out : manifest.path("outputs")) {
            if (name.equals(out.path("path").asText())) {
                sha = out.path("sha256").isTextual() ? out.path("sha256").asText() : null;
                listed = out.path("rows").isIntegralNumber() ? out.path("rows").asLong() : null;
            }
        }
        return new SourceFile(name, sha, rows, listed);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }
}
