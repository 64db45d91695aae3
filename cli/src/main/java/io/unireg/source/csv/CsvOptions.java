package io.unireg.source.csv;

import io.unireg.source.SourceException;
import io.unireg.source.text.TextInput;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How to read one CSV file, as the job file or the command line says it.
 *
 * @param encoding  {@code "auto"} or a Java charset name ({@code windows-1251}, {@code cp866}, {@code utf-8}, …)
 * @param delimiter {@code "auto"} or one character; {@code "tab"} and {@code "\t"} (backslash, t) mean a tab
 * @param header    whether the first non-blank record names the columns; without one the columns are
 *                  called {@code column1 … columnN}
 */
public record CsvOptions(Path path, String encoding, String delimiter, boolean header) {

    public static final String AUTO = "auto";

    public CsvOptions {
        encoding = encoding == null || encoding.isBlank() ? AUTO : encoding.trim();
        delimiter = delimiter == null || delimiter.isEmpty() ? AUTO : delimiter;
    }

    /** Everything detected, first row is the header. */
    public static CsvOptions auto(Path path) {
        return new CsvOptions(path, AUTO, AUTO, true);
    }

    /** The explicit charset, or empty for {@code auto}. */
    public Optional<Charset> explicitCharset() throws SourceException {
        return Optional.ofNullable(TextInput.explicitCharset(path, encoding));
    }

    /** The explicit delimiter, or empty for {@code auto}. */
    public Optional<Character> explicitDelimiter() throws SourceException {
        String d = delimiter;
        if (d.equalsIgnoreCase(AUTO)) {
            return Optional.empty();
        }
        String word = d.toLowerCase(Locale.ROOT);
        if (word.equals("tab") || word.equals("\\t")) {
            return Optional.of('\t');
        }
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw SourceException.of(path, "delimiter must be auto, tab or one character such as , ; | — got '" + d + "'");
        }
        return Optional.of(d.charAt(0));
    }

    /** How a delimiter is written back into a job file or a manifest: {@code tab} for a tab. */
    public static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
