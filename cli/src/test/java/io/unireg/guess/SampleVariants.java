package io.unireg.guess;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rewrites the Kharkiv sample export (same rows, same defects, so the same ground truth) the way other
 * registries would send it: other header languages and abbreviations, a full-name column, another
 * column order, encoding and delimiter.
 */
public final class SampleVariants {

    public static final Path SAMPLE = Path.of("../samples/kharkiv/residents.csv");
    public static final Path TRUTH = Path.of("../samples/kharkiv/residents.truth.csv");
    public static final List<String> COLUMNS = List.of("НОМЕР_ЗАПИСУ", "ПРІЗВИЩЕ", "ІМЯ", "ПО_БАТЬКОВІ", "СТАТЬ",
            "ДАТА_НАР", "МІСЦЕ_НАР", "ІПН", "ДОКУМЕНТ", "АДРЕСА", "ДАТА_РЕЄСТР", "ТЕЛЕФОН");

    /**
     * One output column: its header and how its cell is made from the sample row (by sample header).
     */
    public record Column(String header, Function<Map<String, String>, String> cell) {
        public static Column of(String header, String sampleColumn) {
            return new Column(header, row -> row.get(sampleColumn));
        }
    }

    private SampleVariants() {
    }

    /** The sample's columns under other headers, in the sample's order. */
    public static List<Column> renamed(String... headers) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            out.add(Column.of(headers[i], COLUMNS.get(i)));
        }
        return out;
    }

    /** Writes every sample row; returns the keys written. */
    public static List<String> write(Path file, List<Column> columns, Charset charset, char delimiter) throws IOException {
        return write(file, columns, charset, delimiter, Integer.MAX_VALUE);
    }

    /** Writes the first {@code limit} sample rows; returns their keys (НОМЕР_ЗАПИСУ). */
    public static List<String> write(Path file, List<Column> columns, Charset charset, char delimiter, int limit)
            throws IOException {
        List<String> keys = new ArrayList<>();
        CSVFormat in = CSVFormat.RFC4180.builder().setDelimiter(';').setIgnoreEmptyLines(true)
                .setHeader().setSkipHeaderRecord(true).get();
        CSVFormat out = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.builder().setPath(SAMPLE).setCharset(Charset.forName("windows-1251"))
                .setFormat(in).get();
             Writer writer = Files.newBufferedWriter(file, charset);
             CSVPrinter printer = new CSVPrinter(writer, out)) {
            printer.printRecord(columns.stream().map(Column::header).toList());
            for (CSVRecord r : parser) {
                if (keys.size() == limit) {
                    break;
                }
                keys.add(r.get("НОМЕР_ЗАПИСУ"));
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                printer.printRecord(columns.stream().map(c -> c.cell().apply(row)).toList());
            }
        }
        return keys;
    }

    /** Keys of the sample rows the ground truth says a correct pipeline rejects. */
    public static List<String> expectedRejects() throws IOException {
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setPath(TRUTH).setCharset(java.nio.charset.StandardCharsets.UTF_8)
                .setFormat(f).get()) {
            return parser.stream().filter(r -> r.get("expect").equals("reject")).map(r -> r.get("key")).toList();
        }
    }
}
