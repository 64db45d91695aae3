package io.unireg.match.eval;

import io.unireg.match.RecordRef;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code truth.csv} ({@code source,key,entity}) and {@code links.csv}
 * ({@code source,key,cluster_id,...}) into source:key → group maps. A wrong file is an
 * {@link IOException} whose message names the file and line.
 */
public final class LabelFiles {

    private LabelFiles() {
    }

    public static Map<RecordRef, String> truth(Path file) throws IOException {
        return read(file, List.of("entity", "cluster", "entity_id", "true_cluster"));
    }

    public static Map<RecordRef, String> links(Path file) throws IOException {
        return read(file, List.of("cluster_id", "cluster"));
    }

    private static Map<RecordRef, String> read(Path file, List<String> groupColumns) throws IOException {
        Map<RecordRef, String> out = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Map<String, Integer> header = csv.getHeaderMap();
            String group = groupColumns.stream().filter(header::containsKey).findFirst().orElse(null);
            if (header == null || !header.containsKey("source") || !header.containsKey("key") || group == null) {
                throw new IOException(file + ":1: needs columns source, key and one of " + String.join(", ", groupColumns)
                        + "; found " + (header == null ? "none" : String.join(", ", header.keySet())));
            }
            for (CSVRecord r : csv) {
                if (!r.isConsistent()) {
                    throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": expected " + header.size() + " columns, found " + r.size());
                }
                RecordRef ref = new RecordRef(r.get("source"), r.get("key"));
                String previous = out.put(ref, r.get(group));
                if (previous != null && !previous.equals(r.get(group))) {
                    throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": " + ref + " appears twice with different " + group);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
