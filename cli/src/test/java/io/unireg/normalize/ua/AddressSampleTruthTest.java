package io.unireg.normalize.ua;

import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed Kharkiv sample (windows-1251, every address variant the generator writes: compact,
 * Russian, old names, multi-line, ';') through address + rename must give the generator's truth.
 */
class AddressSampleTruthTest {

    private static final Path SAMPLE = Path.of("../samples/kharkiv/residents.csv");
    private static final Path TRUTH = Path.of("../samples/kharkiv/residents.truth.csv");

    private static Map<String, CSVRecord> read(Path file, Charset charset, char delimiter, String key) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(file, charset, format)) {
            for (CSVRecord record : parser) {
                rows.put(record.get(key), record);
            }
        }
        return rows;
    }

    @Test
    void everySampleAddressComesOutAsTheTruthSays() throws IOException {
        Map<String, CSVRecord> export = read(SAMPLE, Charset.forName("windows-1251"), ';', "НОМЕР_ЗАПИСУ");
        Map<String, CSVRecord> truth = read(TRUTH, StandardCharsets.UTF_8, ',', "key");
        Normaliser address = AddressSteps.step("{address: {part: full, default_settlement: м. Харків}}");
        Normaliser rename = AddressSteps.step("{rename: {file: reference/kharkiv-street-renames.csv, settlement: Харків}}",
                Path.of("../mapping-rules"));
        Map<String, Integer> variantsSeen = new TreeMap<>();
        int checked = 0;
        for (Map.Entry<String, CSVRecord> entry : export.entrySet()) {
            CSVRecord expected = truth.get(entry.getKey());
            String raw = entry.getValue().get("АДРЕСА");
            Outcome parsed = address.apply(raw, RowContext.EMPTY);
            assertThat(parsed.rejected()).as("%s: %s", raw, parsed.message()).isFalse();
            Outcome renamed = rename.apply(parsed.value(), RowContext.EMPTY);
            assertThat(renamed.value()).as(raw).isEqualTo(expected.get("address"));
            for (String defect : expected.get("defects").split("\\|")) {
                if (Set.of("address_ru", "address_old_name", "address_multiline", "address_semicolon").contains(defect)) {
                    variantsSeen.merge(defect, 1, Integer::sum);
                }
            }
            if (raw.startsWith("м.Х") || raw.startsWith("г.Х")) {
                variantsSeen.merge("compact", 1, Integer::sum);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(truth.size()).isGreaterThan(1000);
        assertThat(variantsSeen).containsOnlyKeys("address_multiline", "address_old_name", "address_ru", "address_semicolon", "compact")
                .allSatisfy((variant, count) -> assertThat(count).as(variant).isGreaterThan(5));
    }
}
