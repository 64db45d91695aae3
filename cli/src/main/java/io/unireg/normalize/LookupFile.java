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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code from,to} CSV for {@code map}. UTF-8 (a BOM is fine); the delimiter is ',' unless the
 * header line uses ';' as Excel does in Ukrainian locales.
 */
final class LookupFile {

    private LookupFile() {
    }

    static Map<String, String> read(ArgReader args, String file) {
        Path base = args.baseDir() == null ? Path.of("") : args.baseDir();
        Path path = base.resolve(file);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            reader.mark(4096);
            String firstLine = reader.readLine();
            reader.reset();
            if (firstLine == null) {
                throw args.error(file + " is empty, expected a header from,to");
            }
            char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return entries(args, file, parser.iterator());
            }
        } catch (NoSuchFileException e) {
            throw args.error("cannot read " + file + ": no such file (looked in " + base.toAbsolutePath().normalize() + ")");
        } catch (IOException e) {
            throw failure(args, file, e);
        } catch (UncheckedIOException e) {
            throw failure(args, file, e.getCause());
        }
    }

    private static IllegalArgumentException failure(ArgReader args, String file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return args.error(file + " is not UTF-8: save it as \"CSV UTF-8\"");
        }
        return args.error("cannot read " + file + ": " + e.getMessage());
    }

    private static Map<String, String> entries(ArgReader args, String file, Iterator<CSVRecord> records) {
        CSVRecord header = records.next();
        String from = header.get(0).replace("\uFEFF", "").trim();
        if (header.size() != 2 || !from.equalsIgnoreCase("from") || !header.get(1).trim().equalsIgnoreCase("to")) {
            throw args.error(file + " line 1: expected the header from,to, found " + Spaces.quote(String.join(",", header.values())));
        }
        Map<String, String> out = new LinkedHashMap<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = record.getParser().getCurrentLineNumber();
            if (record.size() != 2) {
                throw args.error(file + " line " + line + ": expected 2 columns, found " + record.size());
            }
            String key = record.get(0);
            String previous = out.put(key, record.get(1));
            if (previous != null && !previous.equals(record.get(1))) {
                throw args.error(file + " line " + line + ": " + Spaces.quote(key) + " is mapped twice, to different values");
            }
        }
        return out;
    }
}
