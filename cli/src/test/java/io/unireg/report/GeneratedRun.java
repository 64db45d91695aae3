package io.unireg.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A finished run folder made up from a seed, with every file a report reads: two sources, rejects
 * with identifier keys and quoted dates, clustered links, review pairs and a reconciliation with
 * every status. Tests count the expected figures from these files themselves.
 */
final class GeneratedRun {

    static final String[] STATUSES = {"matched", "matched_with_differences", "local_only", "ambiguous", "conflict"};
    static final String[] DIFFERING = {"surname", "birth_date", "registration_street", "document_number"};

    /** The raw keys the rejects use, so tests can check they never appear unmasked. */
    final List<String> rejectKeys = new ArrayList<>();
    /** Dates quoted in reject messages. */
    final List<String> quotedDates = new ArrayList<>();
    /** State keys in reconciliation.csv. */
    final List<String> stateKeys = new ArrayList<>();

    private GeneratedRun() {
    }

    static GeneratedRun write(Path dir, long seed) throws IOException {
        GeneratedRun run = new GeneratedRun();
        run.generate(dir, seed);
        return run;
    }

    private void generate(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder rejects = new StringBuilder("source,key,line,field,rule,message\r\n");
        StringBuilder links = new StringBuilder("source,key,cluster_id,match_probability\r\n");
        Map<String, Integer> rowsRead = new LinkedHashMap<>();
        rowsRead.put("residents", 400 + random.nextInt(200));
        rowsRead.put("benefits", 200 + random.nextInt(100));
        List<String> clusterIds = new ArrayList<>();
        int clusterLeft = 0;
        String cluster = null;
        for (Map.Entry<String, Integer> source : rowsRead.entrySet()) {
            for (int row = 1; row <= source.getValue(); row++) {
                String key = "3" + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
                long line = row + 1;
                double roll = random.nextDouble();
                if (roll < 0.08) {
                    rejectKeys.add(key);
                    reject(rejects, random, source.getKey(), key, line);
                    if (random.nextBoolean()) {
                        reject(rejects, random, source.getKey(), key, line);
                    }
                    continue;
                }
                if (roll < 0.11) {
                    rejectKeys.add(key);
                    reject(rejects, random, source.getKey(), key, line); // a value dropped, the row kept
                }
                if (clusterLeft == 0) {
                    clusterLeft = 1 + (random.nextDouble() < 0.2 ? 1 + random.nextInt(4) : 0);
                    // Mostly the run's own id spelling, sometimes another one (the counter's fallback).
                    cluster = random.nextDouble() < 0.1 ? "cluster-" + clusterIds.size()
                            : String.format(Locale.ROOT, "u%016x", random.nextLong());
                    clusterIds.add(cluster);
                }
                clusterLeft--;
                double p = random.nextDouble() < 0.7 ? 1.0 : 0.9 + random.nextInt(100) / 1000.0;
                links.append(source.getKey()).append(',').append(key).append(',').append(cluster).append(',').append(p).append("\r\n");
            }
        }
        Files.writeString(dir.resolve("rejects.csv"), rejects, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("links.csv"), links, StandardCharsets.UTF_8);

        StringBuilder review = new StringBuilder("left,right,match_probability,surname\r\n");
        int pairs = 20 + random.nextInt(30);
        for (int i = 0; i < pairs; i++) {
            review.append("residents:").append(i).append(",benefits:").append(i).append(',')
                    .append(0.5 + random.nextInt(400) / 1000.0).append(",jaro_winkler\r\n");
        }
        Files.writeString(dir.resolve("review.csv"), review, StandardCharsets.UTF_8);

        StringBuilder rec = new StringBuilder("status,unireg_id,state_key,differing_fields\r\n");
        for (String id : clusterIds) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String stateKey = status.equals("local_only") ? "" : "EDDR" + (100000 + random.nextInt(900000));
            String differing = "";
            if (status.equals("matched_with_differences")) {
                List<String> fields = new ArrayList<>();
                for (String f : DIFFERING) {
                    if (random.nextDouble() < 0.4) {
                        fields.add(f);
                    }
                }
                differing = fields.isEmpty() ? DIFFERING[0] : String.join(";", fields);
            }
            if (!stateKey.isEmpty()) {
                stateKeys.add(stateKey);
            }
            rec.append(status).append(',').append(id).append(',').append(stateKey).append(',').append(differing).append("\r\n");
        }
        for (int i = random.nextInt(20); i >= 0; i--) {
            String stateKey = "EDDR" + (100000 + random.nextInt(900000));
            stateKeys.add(stateKey);
            rec.append("state_only,,").append(stateKey).append(",\r\n");
        }
        Files.writeString(dir.resolve("reconciliation.csv"), rec, StandardCharsets.UTF_8);

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", "unireg");
        manifest.put("tool_version", "0.1.0");
        manifest.put("job", "generated-" + seed);
        manifest.put("job_file", "mapping-rules/generated.yaml");
        manifest.put("job_file_sha256", "ab".repeat(32));
        manifest.put("started_at", "2026-12-01T10:00:00Z");
        manifest.put("finished_at", "2026-12-01T10:00:05Z");
        manifest.put("exit_code", 3);
        List<Object> inputs = new ArrayList<>();
        rowsRead.forEach((source, n) -> {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("source", source);
            in.put("path", "/data/" + source + ".csv");
            in.put("sha256", "cd".repeat(32));
            in.put("detected", Map.of("encoding", "windows-1251", "delimiter", ";"));
            in.put("rows_read", n);
            in.put("bad_rows", 0);
            in.put("rows_rejected", 0);
            in.put("values_dropped", 0);
            in.put("rows_accepted", 0);
            inputs.add(in);
        });
        manifest.put("inputs", inputs);
        manifest.put("outputs", List.of(Map.of("path", "links.csv", "sha256", "ef".repeat(32), "rows", 0)));
        manifest.put("quality_gates", List.of(
                Map.of("gate", "max_reject_rate", "limit", "0.2000", "actual", "0.0800", "passed", true),
                Map.of("gate", "min_records", "limit", "100000", "actual", "500", "passed", false)));
        manifest.put("dedupe", Map.of("thresholds", Map.of("match", 0.9, "review", 0.5)));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("manifest.json").toFile(), manifest);
    }

    private void reject(StringBuilder out, Random random, String source, String key, long line) {
        switch (random.nextInt(3)) {
            case 0 -> out.append(source).append(',').append(key).append(',').append(line)
                    .append(",rnokpp,rnokpp,РНОКПП 31***45678 has a wrong check digit\r\n");
            case 1 -> {
                String date = String.format(Locale.ROOT, "%02d.02.19%02d", 30 + random.nextInt(2), 50 + random.nextInt(50));
                quotedDates.add(date);
                out.append(source).append(',').append(key).append(',').append(line)
                        .append(",birth_date,date,not a date: '").append(date).append("' (no such day)\r\n");
            }
            default -> out.append(source).append(',').append(key).append(',').append(line)
                    .append(",,columns,\"data row: expected 6 cells, found 3\"\r\n");
        }
    }
}
