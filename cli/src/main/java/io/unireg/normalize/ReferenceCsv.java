package io.unireg.normalize;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference CSV a function names in the job (lookup tables, name forms, street lists, renames):
 * UTF-8 with a header, ',' or — as Excel saves in Ukrainian locales — ';'. Columns are found by
 * header name (case-insensitive) so a table may carry more columns than a function reads. Mistakes
 * are reported as file and line. The one reader of such tables.
 */
public final class ReferenceCsv {

    /** One data row: its line in the file and its cells by column name (missing columns read as ""). */
    public record Row(long line, Map<String, String> cells) {
        /** The trimmed cell, "" when absent. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : Spaces.trim(value);
        }
    }

    private ReferenceCsv() {
    }

    /** The rows of {@code file} (relative to the job file), requiring the {@code required} columns. */
    public static List<Row> read(ArgReader args, String file, List<String> required) {
        Path base = args.baseDir() == null ? Path.of("") : args.baseDir();
        Path path = base.resolve(file);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            reader.mark(8192);
            String firstLine = reader.readLine();
            reader.reset();
            if (firstLine == null) {
                throw args.error(file + " is empty, expected a header with " + String.join(",", required));
            }
            char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return rows(args, file, required, parser);
            }
        } catch (NoSuchFileException e) {
            throw args.error("cannot read " + file + ": no such file (looked in " + base.toAbsolutePath().normalize() + ")");
        } catch (CharacterCodingException e) {
            throw args.error(file + " is not UTF-8: save it as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw args.error("cannot read " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException
                    ? args.error(file + " is not UTF-8: save it as \"CSV UTF-8\"")
                    : args.error("cannot read " + file + ": " + e.getCause().getMessage());
        }
    }

    private static List<Row> rows(ArgReader args, String file, List<String> required, CSVParser parser) {
        var records = parser.iterator();
        CSVRecord header = records.next();
        List<String> names = new ArrayList<>(header.size());
        List<String> written = new ArrayList<>(header.size());
        for (String name : header.values()) {
            written.add(name.replace("\uFEFF", "").trim());
            names.add(name.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT));
        }
        for (String column : required) {
            if (!names.contains(column)) {
                throw args.error(file + " line 1: the header must name the columns " + String.join(",", required) + "; found "
                        + Spaces.quote(String.join(",", written)));
            }
        }
        List<Row> out = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = parser.getCurrentLineNumber();
            if (record.size() > names.size()) {
                throw args.error(file + " line " + line + ": " + record.size() + " cells, the header has " + names.size());
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                cells.put(names.get(i), record.get(i));
            }
            out.add(new Row(line, cells));
        }
        return out;
    }
}
