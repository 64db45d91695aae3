package io.unireg.cli;

import io.unireg.samples.Defect;
import io.unireg.samples.DedupeSampleGenerator;
import io.unireg.samples.DefectRates;
import io.unireg.samples.ExportEncoding;
import io.unireg.samples.GeneratorOptions;
import io.unireg.samples.HousingGenerator;
import io.unireg.samples.SocialGenerator;
import io.unireg.samples.StateExtractGenerator;
import io.unireg.samples.ReconcileBenchGenerator;
import io.unireg.samples.ReferenceData;
import io.unireg.samples.ResidentsGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unireg generate residents}: writes a synthetic, defect-laden residents export and its ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate sample data with planted defects and a ground-truth file beside it.",
                "residents --out FILE.csv: one Kharkiv residents export and FILE.truth.csv beside it.",
                "residents --out DIR: three exports of one population with duplicates (--duplicates), truth.csv "
                        + "(source,key,entity) and a ready job.yaml with dedupe settings: unireg run DIR/job.yaml",
                "housing (cp866 FoxPro DBF with memo and deleted rows) or social (JSON export): about the people",
                "of a residents truth (--people).",
                "state (a state ЄДДР extract, UTF-8 CSV): about the people of a residents truth (--people), with",
                "FILE.truth.csv giving each golden record's reconciliation status (docs/reconcile.md);",
                "state --local-rows N --rows M --out DIR: benchmark data, DIR/local.csv (N residents) and",
                "DIR/eddr-extract.csv (M state records), streamed."})
public final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "What to generate: residents, housing, social or state.")
    String kindArgument;

    @Option(names = "--kind", paramLabel = "KIND", description = "What to generate (same as the KIND argument).")
    String kindOption;

    @Option(names = "--duplicates", paramLabel = "SHARE",
            description = "residents, folder output: share of rows that repeat an earlier person (default: 0.15).")
    Double duplicates;

    private String kind;

    @Option(names = "--people", paramLabel = "TRUTH.csv",
            description = "housing, social, state: the residents truth whose people they describe (default: residents.truth.csv beside --out).")
    Path people;

    @Option(names = "--share", description = "housing, social: the share of those people in the export (default: 0.25 housing, 0.2 social).")
    Double share;

    @Option(names = "--local-rows", paramLabel = "N",
            description = "state: write benchmark data instead — N clean residents (DIR/local.csv) and --rows state records.")
    Integer localRows;

    @Option(names = "--rows", description = "Number of rows (default: ${DEFAULT-VALUE}).", defaultValue = "3000")
    int rows;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same bytes (default: ${DEFAULT-VALUE}).",
            defaultValue = "20261123")
    long seed;

    @Option(names = "--encoding", description = "windows-1251, utf-8 or cp866 (default: ${DEFAULT-VALUE}).",
            defaultValue = "windows-1251")
    String encoding;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv|DIR",
            description = "A .csv file: the export, with FILE.truth.csv beside it. Anything else: a folder for the dedupe data set.")
    Path out;

    @Option(names = "--rate", paramLabel = "TAG=RATE",
            description = "Override a defect rate (0–1), e.g. --rate bad_rnokpp=0.05. Repeatable.")
    Map<String, Double> rates = new LinkedHashMap<>();

    @Override
    public Integer call() {
        kind = kindOption != null ? kindOption : kindArgument == null ? "residents" : kindArgument;
        if ("housing".equals(kind) || "social".equals(kind) || "state".equals(kind)) {
            return department();
        }
        if (!"residents".equals(kind)) {
            System.err.println("generate: unknown kind '" + kind + "'; kinds: residents, housing, social, state");
            return 2;
        }
        if (duplicates != null || !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return folder();
        }
        GeneratorOptions options;
        try {
            DefectRates defectRates = DefectRates.defaults();
            for (Map.Entry<String, Double> e : rates.entrySet()) {
                Defect d = Defect.byTag(e.getKey()).orElseThrow(() ->
                        new IllegalArgumentException("--rate: unknown defect '" + e.getKey() + "'"));
                defectRates = defectRates.with(d, e.getValue());
            }
            options = new GeneratorOptions(rows, seed, ExportEncoding.parse(encoding), defectRates);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        try {
            ResidentsGenerator.Summary s = new ResidentsGenerator(ReferenceData.load(), options).write(out);
            System.out.printf("%s: %d rows (%d people, %d duplicate rows, %d rows to reject); truth in %s%n",
                    out, s.rows(), s.persons(), s.duplicates(), s.rejects(), ResidentsGenerator.truthPathFor(out));
            return 0;
        } catch (IOException e) {
            System.err.println("generate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private int department() {
        Path truth = people != null ? people : out.toAbsolutePath().resolveSibling("residents.truth.csv");
        try {
            if (out.toAbsolutePath().getParent() != null) {
                java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
            }
            if ("state".equals(kind) && localRows != null) {
                ReconcileBenchGenerator.Summary s = new ReconcileBenchGenerator(ReferenceData.load(), seed)
                        .write(out, localRows, rows);
                System.out.printf("%s: local.csv (%d residents), eddr-extract.csv (%d state records)%n",
                        out, s.localRows(), s.stateRows());
            } else if ("state".equals(kind)) {
                StateExtractGenerator.Summary s = new StateExtractGenerator(seed).write(truth, out);
                System.out.printf("%s: %d state records; truth in %s: %s%n", out, s.records(),
                        StateExtractGenerator.truthPathFor(out), s.statuses());
            } else if ("housing".equals(kind)) {
                int[] n = new HousingGenerator(share == null ? 0.25 : share, 0.06, seed).write(truth, out);
                System.out.printf("%s: %d rows (%d marked deleted), memo beside it; truth in %s%n",
                        out, n[0], n[1], HousingGenerator.truthPathFor(out));
            } else {
                int[] n = new SocialGenerator(share == null ? 0.2 : share, seed).write(truth, out);
                System.out.printf("%s: %d records (%d to reject); truth in %s%n", out, n[0], n[1], SocialGenerator.truthPathFor(out));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("generate: " + e.getMessage());
            return 1;
        }
    }

    private int folder() {
        if (!rates.isEmpty() || !"windows-1251".equals(encoding)) {
            System.err.println("generate: --rate and --encoding apply to a single .csv export, not to a folder");
            return 2;
        }
        DedupeSampleGenerator generator;
        try {
            generator = new DedupeSampleGenerator(ReferenceData.load(), rows, seed,
                    duplicates == null ? DedupeSampleGenerator.DEFAULT_DUPLICATES : duplicates);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        try {
            DedupeSampleGenerator.Summary s = generator.write(out);
            System.out.printf("%s: %d rows (%d people, %d duplicate rows) in %s; run: unireg run %s%n",
                    out, s.rows(), s.persons(), s.duplicateRows(), String.join(", ", s.files()),
                    out.resolve(DedupeSampleGenerator.JOB));
            return 0;
        } catch (IOException e) {
            System.err.println("generate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
