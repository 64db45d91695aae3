package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.Spaces;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job's own name forms for {@code given_name_uk}/{@code patronymic_uk}: a UTF-8 CSV with the
 * header {@code ru,uk} (',' or, as Excel writes it in Ukrainian locales, ';'), relative to the job
 * file. Every mistake is reported with the file and line.
 */
final class NameFormsFile {

    private NameFormsFile() {
    }

    static Map<String, String> read(ArgReader args, String file) {
        Path base = args.baseDir() == null ? Path.of("") : args.baseDir();
        try (BufferedReader reader = Files.newBufferedReader(base.resolve(file), StandardCharsets.UTF_8)) {
            reader.mark(4096);
            String header = reader.readLine();
            reader.reset();
            if (header == null) {
                throw args.error(file + " is empty, expected the header ru,uk");
            }
            char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return rows(args, file, parser);
            }
        } catch (NoSuchFileException e) {
            throw args.error("cannot read " + file + ": no such file (looked in " + base.toAbsolutePath().normalize() + ")");
        } catch (CharacterCodingException e) {
            throw args.error(file + " is not UTF-8: save it as \"CSV UTF-8\"");
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException
                    ? args.error(file + " is not UTF-8: save it as \"CSV UTF-8\"")
                    : args.error("cannot read " + file + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            throw args.error("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> rows(ArgReader args, String file, CSVParser parser) {
        var records = parser.iterator();
        CSVRecord header = records.next();
        if (header.size() != 2 || !header.get(0).replace("\uFEFF", "").trim().equalsIgnoreCase("ru")
                || !header.get(1).trim().equalsIgnoreCase("uk")) {
            throw args.error(file + " line 1: expected the header ru,uk, found " + Spaces.quote(String.join(",", header.values())));
        }
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> byKey = new LinkedHashMap<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = record.getParser().getCurrentLineNumber();
            if (record.size() != 2) {
                throw args.error(file + " line " + line + ": expected 2 columns ru,uk, found " + record.size());
            }
            String ru = Spaces.trim(record.get(0));
            String uk = Spaces.trim(record.get(1));
            if (ru.isEmpty() || uk.isEmpty()) {
                throw args.error(file + " line " + line + ": both ru and uk must be filled");
            }
            String previous = byKey.put(NameForms.key(ru), uk);
            if (previous != null && !NameForms.key(previous).equals(NameForms.key(uk))) {
                throw args.error(file + " line " + line + ": " + Spaces.quote(ru) + " is given twice, as "
                        + Spaces.quote(previous) + " and " + Spaces.quote(uk));
            }
            out.put(ru, uk);
        }
        return out;
    }
}
