package io.unireg.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DedupeSampleGeneratorTest {

    private static final int ROWS = 4000;

    @TempDir
    static Path dir;
    static DedupeSampleGenerator.Summary summary;
    static List<CSVRecord> truth;

    @BeforeAll
    static void generate() throws IOException {
        summary = new DedupeSampleGenerator(ReferenceData.load(), ROWS, 42, 0.15).write(dir);
        truth = read(dir.resolve("truth.csv"), StandardCharsets.UTF_8, ',');
    }

    static List<CSVRecord> read(Path file, Charset charset, char delimiter) throws IOException {
        try (CSVParser p = CSVParser.builder().setPath(file).setCharset(charset)
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).get()).get()) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void truthNamesEveryRowOfEveryExportOnceWithItsEntity() throws IOException {
        assertThat(truth).hasSize(ROWS);
        Set<String> refs = new HashSet<>();
        Map<String, Integer> perSource = new HashMap<>();
        for (CSVRecord t : truth) {
            assertThat(refs.add(t.get("source") + ":" + t.get("key"))).as("unique source:key").isTrue();
            perSource.merge(t.get("source"), 1, Integer::sum);
        }
        for (DedupeSampleGenerator.Layout l : DedupeSampleGenerator.LAYOUTS) {
            List<CSVRecord> export = read(dir.resolve(l.file()), l.encoding().charset, l.delimiter());
            assertThat(export).as(l.id()).hasSize(perSource.get(l.id()));
            for (CSVRecord row : export) {
                assertThat(refs).contains(l.id() + ":" + row.get(0));
            }
        }
        long entities = truth.stream().map(t -> t.get("entity")).distinct().count();
        assertThat(entities).isEqualTo(summary.persons());
        assertThat(ROWS - entities).isEqualTo(summary.duplicateRows()).isBetween(ROWS * 12L / 100, ROWS * 18L / 100);
    }

    @Test
    void duplicatesSpanExportsAndCarryTheSecondClerksSlips() throws IOException {
        Map<String, Set<String>> sourcesOf = new HashMap<>();
        truth.forEach(t -> sourcesOf.computeIfAbsent(t.get("entity"), e -> new HashSet<>()).add(t.get("source")));
        assertThat(sourcesOf.values().stream().filter(s -> s.size() > 1).count()).isGreaterThan(200);
        Map<String, Integer> tags = new HashMap<>();
        for (DedupeSampleGenerator.Layout l : DedupeSampleGenerator.LAYOUTS) {
            for (CSVRecord t : read(ResidentsGenerator.truthPathFor(dir.resolve(l.file())), StandardCharsets.UTF_8, ',')) {
                for (String tag : t.get("defects").split("\\|")) {
                    tags.merge(tag, 1, Integer::sum);
                }
            }
        }
        for (String tag : List.of("dup_name_typo", "dup_date_swap", "moved_address", "dup_date_typo", "rnokpp_empty",
                "bad_rnokpp", "ru_given", "ru_surname", "homoglyph", "address_old_name")) {
            assertThat(tags.getOrDefault(tag, 0)).as(tag).isPositive();
        }
    }

    @Test
    void carriesTheSameRenamesTableAsTheSampleJob() throws IOException {
        Set<String> generated = new HashSet<>(Files.readAllLines(dir.resolve(DedupeSampleGenerator.RENAMES)));
        Set<String> committed = new HashSet<>(Files.readAllLines(Path.of("../mapping-rules/reference/kharkiv-street-renames.csv")));
        assertThat(generated).isEqualTo(committed);
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path again) throws IOException {
        new DedupeSampleGenerator(ReferenceData.load(), ROWS, 42, 0.15).write(again);
        for (String f : List.of("residents.csv", "benefits.csv", "housing.csv", "truth.csv", "job.yaml")) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
        }
    }
}
