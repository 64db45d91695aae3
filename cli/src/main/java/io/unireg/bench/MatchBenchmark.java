package io.unireg.bench;

import io.unireg.job.JobError;
import io.unireg.job.YamlNode;
import io.unireg.job.YamlReader;
import io.unireg.match.BlockingPlan;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.MatchSettingsReader;
import io.unireg.match.RecordRef;
import io.unireg.match.RuleCount;
import io.unireg.match.eval.Evaluation;
import io.unireg.match.memory.InMemoryMatcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the matching engine directly on a public benchmark described by a job-like settings file in
 * {@code mapping-rules/benchmarks/} (a {@code benchmark:} section naming the files, key, truth and
 * fields, and the job's {@code dedupe:} section), and prints accuracy and speed.
 * <pre>java -cp unireg.jar io.unireg.bench.MatchBenchmark SETTINGS.yaml [BENCHMARKS_DIR]</pre>
 * Values are trimmed and lower-cased only: the engine must work without Ukrainian rules.
 */
public final class MatchBenchmark {

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MatchBenchmark SETTINGS.yaml [BENCHMARKS_DIR]");
            System.exit(2);
        }
        Path settingsFile = Path.of(args[0]);
        Path dir = Path.of(args.length > 1 ? args[1] : "/work/shared/benchmarks");
        if (!Files.isDirectory(dir)) {
            System.out.println("match-bench: " + dir + " is absent; skipped " + settingsFile.getFileName());
            return;
        }
        List<JobError> errors = new ArrayList<>();
        YamlNode root = YamlReader.parse(settingsFile.toString(), Files.readString(settingsFile), errors);
        if (!(root instanceof YamlNode.Mapping map) || map.get("benchmark") == null || map.get("dedupe") == null) {
            System.err.println(settingsFile + ": needs 'benchmark:' and 'dedupe:' sections " + errors);
            System.exit(2);
            return;
        }
        var bench = map.get("benchmark").toJson();
        List<String> fields = new ArrayList<>();
        bench.get("fields").forEach(f -> fields.add(f.asText()));
        String keyColumn = bench.get("key").asText();
        String truthColumn = bench.get("truth").get("column").asText();
        Pattern truthPattern = bench.get("truth").has("pattern") ? Pattern.compile(bench.get("truth").get("pattern").asText()) : null;
        List<MatchRecord> records = new ArrayList<>();
        Map<RecordRef, String> truth = new HashMap<>();
        List<String> sources = new ArrayList<>();
        for (var file : bench.get("files")) {
            String source = file.get("source").asText();
            sources.add(source);
            read(dir.resolve(file.get("path").asText()), source, keyColumn, truthColumn, truthPattern, fields, records, truth);
        }
        MatchSettings settings = MatchSettingsReader.read(map.get("dedupe"), fields, sources, settingsFile.getParent(),
                Set.of(), errors);
        if (settings == null) {
            errors.forEach(e -> System.err.println(e));
            System.exit(2);
            return;
        }
        String name = settingsFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        InMemoryMatcher matcher = new InMemoryMatcher();
        long start = System.nanoTime();
        BlockingPlan plan = matcher.plan(settings, records);
        if (!plan.runnable()) {
            plan.refused().forEach(r -> System.out.println("match-bench: " + name + ": refused: " + r.advice()));
            System.exit(3);
        }
        MatchResult result = matcher.run(settings, null, records, MatchConstraints.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<RecordRef, String> predicted = new HashMap<>();
        for (MatchRecord r : records) {
            predicted.put(r.ref(), Integer.toString(result.clusters().clusterOf(r.id())));
        }
        Evaluation e = Evaluation.of(truth, predicted, 3);
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < plan.rules().size(); i++) {
            RuleCount rc = plan.rules().get(i);
            rules.append(String.format(Locale.ROOT, " %s=%d/%d", rc.rule(), result.comparedPerRule()[i], rc.candidatePairs()));
        }
        System.out.printf(Locale.ROOT, "match-bench: %s: %d records, %d compared pairs (%s), %.2f s, "
                        + "pairwise P %.4f R %.4f F1 %.4f, B-cubed F1 %.4f, clusters %d, prior %.2e, splits %d%n",
                name, records.size(), result.pairs().size(), rules.toString().trim(), seconds, e.precision(), e.recall(),
                e.f1(), e.bcubedF1(), result.clusters().count(), result.parameters().matchPrior(),
                result.clusters().splits().size());
        System.out.println("match-bench: " + name + ": " + result.stats());
        if (System.getenv("MATCH_BENCH_VERBOSE") != null) {
            long blockedTrue = 0;
            for (int i = 0; i < result.pairs().size(); i++) {
                if (truth.get(records.get(result.pairs().left(i)).ref()).equals(truth.get(records.get(result.pairs().right(i)).ref()))) {
                    blockedTrue++;
                }
            }
            System.out.printf(Locale.ROOT, "blocking recall: %d of %d true pairs compared (%.4f)%n", blockedTrue, e.truePairs(),
                    (double) blockedTrue / Math.max(1, e.truePairs()));
            System.out.println(io.unireg.match.ParametersFile.toYaml(result.parameters()));
            e.falseMerges().forEach(p -> System.out.println("false merge " + p));
            e.misses().forEach(p -> System.out.println("miss " + p));
        }
        String pairsFile = System.getenv("MATCH_BENCH_PAIRS");
        if (pairsFile != null) {
            writePairs(Path.of(pairsFile), settings, records, truth, result);
        }
    }

    /** Every compared pair with its truth, weight, decision and per-field levels: for studying a benchmark's errors. */
    private static void writePairs(Path file, MatchSettings settings, List<MatchRecord> records, Map<RecordRef, String> truth,
                                   MatchResult result) throws IOException {
        StringBuilder out = new StringBuilder("left,right,same_entity,same_cluster,weight,decision");
        settings.comparisons().forEach(c -> out.append(',').append(c.field()));
        out.append('\n');
        var pairs = result.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            MatchRecord l = records.get(pairs.left(i));
            MatchRecord r = records.get(pairs.right(i));
            out.append(l.key()).append(',').append(r.key()).append(',')
                    .append(truth.get(l.ref()).equals(truth.get(r.ref())) ? 1 : 0).append(',')
                    .append(result.clusters().clusterOf(l.id()) == result.clusters().clusterOf(r.id()) ? 1 : 0).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", pairs.matchWeight(i))).append(',').append(pairs.decision(i));
            for (int c = 0; c < settings.comparisons().size(); c++) {
                out.append(',').append(settings.comparisons().get(c).label(pairs.level(i, c)));
            }
            out.append('\n');
        }
        Files.writeString(file, out);
    }

    static void read(Path file, String source, String keyColumn, String truthColumn, Pattern truthPattern,
                     List<String> fields, List<MatchRecord> records, Map<RecordRef, String> truth) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = format.parse(reader)) {
            Map<String, Integer> header = new HashMap<>();
            csv.getHeaderMap().forEach((k, v) -> header.put(k.trim(), v));
            for (CSVRecord row : csv) {
                String[] values = new String[fields.size()];
                for (int f = 0; f < fields.size(); f++) {
                    Integer col = header.get(fields.get(f));
                    if (col == null) {
                        throw new IOException(file + ": no column '" + fields.get(f) + "'");
                    }
                    String v = col < row.size() ? row.get(col).trim().toLowerCase(Locale.ROOT) : "";
                    values[f] = v.isEmpty() ? null : v;
                }
                String key = row.get(header.get(keyColumn));
                String t = row.get(header.get(truthColumn));
                if (truthPattern != null) {
                    Matcher m = truthPattern.matcher(t);
                    if (!m.find()) {
                        throw new IOException(file + ":" + (row.getRecordNumber() + 1) + ": truth '" + t + "' does not match " + truthPattern);
                    }
                    t = m.group(1);
                }
                MatchRecord r = new MatchRecord(records.size(), source, key, values);
                records.add(r);
                truth.put(r.ref(), t);
            }
        }
    }
}
