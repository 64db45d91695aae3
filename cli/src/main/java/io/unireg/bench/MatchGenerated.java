package io.unireg.bench;

import io.unireg.job.Job;
import io.unireg.job.JobError;
import io.unireg.job.JobLoader;
import io.unireg.job.YamlNode;
import io.unireg.job.YamlReader;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.MatchSettingsReader;
import io.unireg.match.RecordRef;
import io.unireg.match.eval.Evaluation;
import io.unireg.match.memory.InMemoryMatcher;
import io.unireg.run.MappedRow;
import io.unireg.run.Plan;
import io.unireg.run.PlanCompiler;
import io.unireg.run.RowMapper;
import io.unireg.samples.Defect;
import io.unireg.samples.ExportEncoding;
import io.unireg.samples.GeneratorOptions;
import io.unireg.samples.ReferenceData;
import io.unireg.samples.ResidentsGenerator;
import io.unireg.schema.RecordValidator;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import io.unireg.source.SourceOpeners;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

/**
 * End-to-end dedupe of generated Ukrainian residents: generate (once) an export with a given
 * duplicate rate, read and normalise it with the sample job's mapping, match with the settings in
 * {@code mapping-rules/benchmarks/generated-residents.yaml}, and score against the generator's truth.
 * <pre>java -Xmx4g -cp unireg.jar io.unireg.bench.MatchGenerated ROWS DUP_RATE SEED DATA_DIR ROOT</pre>
 */
public final class MatchGenerated {

    private MatchGenerated() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        double dupRate = Double.parseDouble(args[1]);
        long seed = Long.parseLong(args[2]);
        Path dataDir = Path.of(args[3]);
        Path root = Path.of(args[4]);
        Path export = dataDir.resolve("match-residents-" + rows + "-" + dupRate + "-" + seed + ".csv");
        if (!Files.exists(export)) {
            Files.createDirectories(dataDir);
            GeneratorOptions options = GeneratorOptions.defaults().withRows(rows).withSeed(seed)
                    .withEncoding(ExportEncoding.UTF_8)
                    .withRates(GeneratorOptions.defaults().rates().with(Defect.DUPLICATE_PERSON, dupRate));
            new ResidentsGenerator(ReferenceData.load(), options).write(export);
        }
        long start = System.nanoTime();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("UNIREG_RESIDENTS", export.toAbsolutePath().toString());
        Job job = new JobLoader(env).load(root.resolve("mapping-rules/kharkiv-residents.yaml"));
        Plan plan = PlanCompiler.builtIn().compile(job);
        List<String> fields = plan.schema().fieldNames();
        List<MatchRecord> records = readAndNormalise(plan);
        long mapped = System.nanoTime();

        Path settingsFile = root.resolve("mapping-rules/benchmarks/generated-residents.yaml");
        List<JobError> errors = new ArrayList<>();
        YamlNode node = YamlReader.parse(settingsFile.toString(), Files.readString(settingsFile), errors);
        MatchSettings settings = MatchSettingsReader.read(((YamlNode.Mapping) node).get("dedupe"), fields,
                job.sourceIds(), settingsFile.getParent(), Set.of(), errors);
        if (settings == null) {
            errors.forEach(System.err::println);
            System.exit(2);
        }
        InMemoryMatcher matcher = new InMemoryMatcher();
        MatchResult result = matcher.run(settings, null, records, MatchConstraints.NONE);
        long matched = System.nanoTime();

        Map<RecordRef, String> truth = new HashMap<>();
        try (Reader r = Files.newBufferedReader(ResidentsGenerator.truthPathFor(export), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            Map<String, Integer> kept = new HashMap<>();
            records.forEach(m -> kept.put(m.key(), m.id()));
            for (CSVRecord t : csv) {
                if (kept.containsKey(t.get("key"))) {
                    truth.put(new RecordRef("residents", t.get("key")), t.get("person_id"));
                }
            }
        }
        Map<RecordRef, String> predicted = new HashMap<>();
        for (MatchRecord m : records) {
            predicted.put(m.ref(), Integer.toString(result.clusters().clusterOf(m.id())));
        }
        Evaluation e = Evaluation.of(truth, predicted, 3);
        var s = result.stats();
        double total = (matched - start) / 1e9;
        System.out.printf(Locale.ROOT, "match-generated: %d rows generated (%.0f%% duplicates), %d records matched; "
                        + "read+normalise %.1f s, match %.1f s (prepare %d ms, block %d ms, train %d ms, score %d ms, cluster %d ms), "
                        + "total %.1f s; %,d candidate pairs, %,.0f pairs/s; pairwise P %.4f R %.4f F1 %.4f, B-cubed F1 %.4f; "
                        + "clusters %d, chain splits %d%n",
                rows, dupRate * 100, records.size(), (mapped - start) / 1e9, (matched - mapped) / 1e9,
                s.prepareMillis(), s.blockMillis(), s.trainMillis(), s.scoreMillis(), s.clusterMillis(), total, s.comparedPairs(),
                s.comparedPairs() / Math.max(1e-9, (matched - mapped) / 1e9), e.precision(), e.recall(), e.f1(), e.bcubedF1(),
                s.clusters(), result.clusters().splits().size());
        if (System.getenv("MATCH_BENCH_VERBOSE") != null) {
            e.falseMerges().forEach(p -> System.out.println("false merge " + p));
            e.misses().forEach(p -> System.out.println("miss " + p));
        }
    }

    /** Reads every source of the plan and maps rows on all cores (rows kept in file order). */
    static List<MatchRecord> readAndNormalise(Plan plan) throws Exception {
        List<MatchRecord> out = new ArrayList<>();
        ThreadLocal<RowMapper> mappers = ThreadLocal.withInitial(() -> new RowMapper(plan, RecordValidator.of(plan.schema()), false));
        SourceOpeners openers = SourceOpeners.builtIn();
        for (var source : plan.sources()) {
            try (RecordSource reader = openers.open(source.spec())) {
                List<SourceItem.Row> batch = new ArrayList<>();
                SourceItem item;
                while (true) {
                    item = reader.next();
                    if (item instanceof SourceItem.Row row) {
                        batch.add(row);
                    }
                    if (item == null || batch.size() == 50_000) {
                        MappedRow[] mapped = new MappedRow[batch.size()];
                        List<SourceItem.Row> b = batch;
                        java.util.stream.IntStream.range(0, b.size()).parallel()
                                .forEach(i -> mapped[i] = mappers.get().map(source, b.get(i)));
                        for (MappedRow m : mapped) {
                            if (!m.rejected()) {
                                out.add(new MatchRecord(out.size(), m.source(), m.key(), m.values()));
                            }
                        }
                        batch = new ArrayList<>();
                    }
                    if (item == null) {
                        break;
                    }
                }
            }
        }
        return out;
    }
}
