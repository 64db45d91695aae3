package io.unireg.guess;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header spellings of each concept, from {@code header-synonyms.csv} (a data file, so a new
 * spelling is one line, not code). A header matches exactly when its {@link HeaderKey} is a listed
 * key, or partly when it contains a listed key of four or more characters ({@code ПРІЗВИЩЕ_ОСОБИ});
 * the longest contained key wins, so {@code НОМЕР_ПАСПОРТА} is a document number, not a record number.
 */
final class HeaderSynonyms {

    static final String RESOURCE = "/io/unireg/guess/header-synonyms.csv";
    static final double EXACT = 0.9;
    static final double PARTIAL = 0.6;
    private static final int PARTIAL_MIN = 4;

    /** What a header says: the concept, how sure, and the listed spelling it matched. */
    record Match(String concept, double confidence, String synonym, boolean exact) {
        String reason(String header) {
            return exact
                    ? "header '" + header + "' is a known name for " + concept
                    : "header '" + header + "' contains '" + synonym + "', a name for " + concept;
        }
    }

    private final Map<String, String> conceptByKey;
    private final Map<String, String> spellingByKey;

    private HeaderSynonyms(Map<String, String> conceptByKey, Map<String, String> spellingByKey) {
        this.conceptByKey = Map.copyOf(conceptByKey);
        this.spellingByKey = Map.copyOf(spellingByKey);
    }

    private static final class BuiltIn {
        static final HeaderSynonyms INSTANCE = load();
    }

    static HeaderSynonyms builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static HeaderSynonyms load() {
        InputStream in = HeaderSynonyms.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + RESOURCE);
        }
        Map<String, String> concepts = new LinkedHashMap<>();
        Map<String, String> spellings = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (in; CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                .setFormat(format).get()) {
            for (CSVRecord r : parser) {
                String key = HeaderKey.of(r.get("header"));
                String concept = r.get("concept").strip();
                String before = concepts.putIfAbsent(key, concept);
                if (before != null && !before.equals(concept)) {
                    throw new IllegalStateException(RESOURCE + ": '" + r.get("header") + "' names both "
                            + before + " and " + concept);
                }
                spellings.putIfAbsent(key, r.get("header").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeaderSynonyms(concepts, spellings);
    }

    /** Every concept the file names. */
    java.util.Set<String> concepts() {
        return new java.util.TreeSet<>(conceptByKey.values());
    }

    Optional<Match> match(String header) {
        String key = HeaderKey.of(header);
        String exact = conceptByKey.get(key);
        if (exact != null) {
            return Optional.of(new Match(exact, EXACT, spellingByKey.get(key), true));
        }
        String best = null;
        for (String candidate : conceptByKey.keySet()) {
            if (candidate.length() >= PARTIAL_MIN && key.contains(candidate)
                    && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Match(conceptByKey.get(best), PARTIAL, spellingByKey.get(best), false));
    }
}
