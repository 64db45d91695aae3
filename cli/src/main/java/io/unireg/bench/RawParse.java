package io.unireg.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark's ceiling: how fast Commons CSV alone parses a file, touching every cell, with
 * nothing else. {@code java -cp unireg.jar io.unireg.bench.RawParse FILE CHARSET DELIMITER}.
 */
public final class RawParse {

    private RawParse() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Charset charset = Charset.forName(args.length > 1 ? args[1] : "UTF-8");
        char delimiter = args.length > 2 ? args[2].charAt(0) : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        long start = System.nanoTime();
        long rows = 0;
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                rows++;
                for (int i = 0; i < record.size(); i++) {
                    chars += record.get(i).length();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "raw_parse rows=%d seconds=%.3f rows_per_s=%.0f chars=%d%n", rows - 1, seconds, (rows - 1) / seconds, chars);
    }
}
