package io.unireg.bench;

import io.unireg.job.JobError;
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
import io.unireg.samples.ResidentsGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The matching engine alone at scale: records are the generator's truth values (already normalised)
 * with seeded slips re-applied to duplicate rows (a typo in a name, a swapped or shifted birth date, a
 * missing RNOKPP or document), so the time measured is matching, not the sample job's normalisation.
 * <pre>java -Xmx4g -cp unireg.jar io.unireg.bench.MatchScale TRUTH.csv SETTINGS.yaml</pre>
 */
public final class MatchScale {

    static final List<String> FIELDS = List.of("surname", "given_name", "patronymic", "sex", "birth_date", "rnokpp",
            "document_number", "registration_street", "registration_house", "registration_apartment");

    private MatchScale() {
    }

    public static void main(String[] args) throws Exception {
        Path truthFile = Path.of(args[0]);
        Path settingsFile = Path.of(args[1]);
        List<MatchRecord> records = new ArrayList<>();
        Map<RecordRef, String> truth = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        SplittableRandom rnd = new SplittableRandom(17);
        try (Reader r = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord t : csv) {
                String person = t.get("person_id");
                boolean duplicate = seen.merge(person, 1, Integer::sum) > 1;
                String[] address = t.get("address").split(", ");
                String[] v = {t.get("surname"), t.get("given_name"), t.get("patronymic"), t.get("sex"), t.get("birth_date"),
                        t.get("rnokpp"), t.get("document_number"), address.length > 1 ? address[1] : null,
                        address.length > 2 ? address[2].replace("буд. ", "") : null,
                        address.length > 3 ? address[3].replace("кв. ", "") : null};
                for (int i = 0; i < v.length; i++) {
                    if (v[i] != null && v[i].isEmpty()) {
                        v[i] = null;
                    }
                }
                if (duplicate) {
                    slip(v, rnd);
                }
                MatchRecord m = new MatchRecord(records.size(), "residents", t.get("key"), v);
                records.add(m);
                truth.put(m.ref(), person);
            }
        }
        List<JobError> errors = new ArrayList<>();
        YamlNode node = YamlReader.parse(settingsFile.toString(), Files.readString(settingsFile), errors);
        MatchSettings settings = MatchSettingsReader.read(((YamlNode.Mapping) node).get("dedupe"), FIELDS,
                List.of("residents"), settingsFile.getParent(), Set.of(), errors);
        if (settings == null) {
            errors.forEach(System.err::println);
            System.exit(2);
        }
        long cpu0 = cpu();
        long start = System.nanoTime();
        MatchResult result = new InMemoryMatcher().run(settings, null, records, MatchConstraints.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu() - cpu0) / 1e9;
        Map<RecordRef, String> predicted = new HashMap<>();
        for (MatchRecord m : records) {
            predicted.put(m.ref(), Integer.toString(result.clusters().clusterOf(m.id())));
        }
        Evaluation e = Evaluation.of(truth, predicted, 3);
        var s = result.stats();
        System.out.printf(Locale.ROOT, "match-scale: %,d records (%,d duplicate rows); match %.1f s wall, %.1f s CPU (process) "
                        + "(prepare %d ms, block %d ms, train %d ms, score %d ms, cluster %d ms); %,d candidate pairs, "
                        + "%,.0f pairs/s over block+score; pairwise P %.4f R %.4f F1 %.4f, B-cubed F1 %.4f%n",
                records.size(), records.size() - seen.size(), seconds, cpuSeconds, s.prepareMillis(), s.blockMillis(),
                s.trainMillis(), s.scoreMillis(), s.clusterMillis(), s.comparedPairs(), s.pairsPerSecond(),
                e.precision(), e.recall(), e.f1(), e.bcubedF1());
        for (Evaluation.Problem p : e.falseMerges()) {
            System.out.println("match-scale: false merge " + p.id() + " (" + p.wrongPairs() + " wrong pairs):");
            p.parts().forEach((entity, refs) -> refs.stream().limit(3).forEach(ref -> {
                String[] v = records.get(Integer.parseInt(keyIndex(records, ref))).values();
                System.out.println("  " + entity + " " + ref + " " + String.join(" | ", java.util.Arrays.stream(v).map(String::valueOf).toList()));
            }));
        }
    }

    private static String keyIndex(List<MatchRecord> records, RecordRef ref) {
        for (MatchRecord m : records) {
            if (m.ref().equals(ref)) {
                return Integer.toString(m.id());
            }
        }
        return "0";
    }

    private static void slip(String[] v, SplittableRandom rnd) {
        switch (rnd.nextInt(5)) {
            case 0 -> { // a typo in the surname
                String s = v[0];
                if (s != null && s.length() > 3) {
                    int i = 1 + rnd.nextInt(s.length() - 2);
                    v[0] = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
                }
            }
            case 1 -> { // day and month swapped, or one day off
                String d = v[4];
                if (d != null && d.length() == 10) {
                    int day = Integer.parseInt(d.substring(8));
                    try {
                        v[4] = day <= 12 ? d.substring(0, 5) + d.substring(8) + "-" + d.substring(5, 7)
                                : java.time.LocalDate.parse(d).plusDays(1).toString();
                    } catch (java.time.DateTimeException impossibleDate) {
                        v[4] = null; // the truth itself holds an impossible date (a generator defect)
                    }
                }
            }
            case 2 -> v[5] = null;
            case 3 -> v[6] = null;
            default -> { // moved: another street and house
                v[7] = null;
                v[8] = null;
                v[9] = null;
            }
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Keeps the generator's truth path rule in one place. */
    static Path truthFor(Path export) {
        return ResidentsGenerator.truthPathFor(export);
    }
}
