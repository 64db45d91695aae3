package io.unireg.source.csv;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import io.unireg.source.text.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file row by row in constant memory, detecting encoding and delimiter unless told.
 *
 * <p>Rules a user can rely on:
 * <ul>
 * <li>RFC 4180 quoting: {@code "} quotes a field, which may hold delimiters and line breaks;
 *     {@code ""} inside it is one quote.</li>
 * <li>Quoting that cannot be parsed (a quote never closed, text after a closing quote, a quoted cell
 *     over {@link QuotedCellLimit#LIMIT} characters) makes the
 *     line where the record starts a {@link SourceItem.BadRow} (rule {@code quoting}), and reading
 *     goes on from the next line, so the rows a stray quote ran over are read after all. The parser
 *     cannot go on after such an error: the file is opened again and read past the lines already
 *     read ({@link LineSkip}), at most {@value #MAX_RESYNCS} times; in a header it is a
 *     {@link SourceException}.</li>
 * <li>Blank lines (empty or spaces only) are skipped wherever they are.</li>
 * <li>A header name that runs over a line break and holds the delimiter (a stray quote that swallowed
 *     rows), or a first row of a header-less file that the stray-quote check below flags, is a
 *     {@link SourceException}: the columns themselves would be wrong.</li>
 * <li>Header names are kept exactly, only trimmed (and a BOM removed); an empty or duplicate name is a
 *     {@link SourceException}.</li>
 * <li>A trailing delimiter is tolerated: an empty last header name is dropped, and a row with exactly
 *     one extra cell that is empty is read as if the delimiter were not there.</li>
 * <li>Any other cell count gives a {@link SourceItem.BadRow} (rule {@code columns}) and reading goes on.</li>
 * <li>A quoted cell holding two or more lines that look like whole records (a record's delimiters or
 *     more) is taken for a stray quote that swallowed rows: the record's first line is a
 *     {@link SourceItem.BadRow} (rule {@code quoting}) naming the lines the cell runs over
 *     ({@link StrayQuote}), and reading goes on from the next line, as above.</li>
 * <li>{@code line} is the physical line where the record starts, also for quoted multi-line fields.</li>
 * <li>Bytes the charset cannot decode become U+FFFD rather than stopping the read; the row says which
 *     of its cells hold such a U+FFFD ({@link SourceItem.Undecoded}), so the values mapped from them
 *     are rejected rather than written garbled.</li>
 * </ul>
 */
public final class CsvRecordSource implements RecordSource {

    private static final int BUFFER = 64 * 1024;
    private static final String BAD_ROW_RULE = "columns";
    /** Each time the file is read again up to the broken record: a file quoted some other way would be read a thousand times over. */
    static final int MAX_RESYNCS = 100;

    private final String id;
    private final Path file;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private final List<String> columns;
    private final Map<String, String> detected;
    private TextInput input;
    private final char delimiter;
    private SourceItem pending;
    private long rowNumber;
    /** Lines before the current parser's first one: the file's line numbers are the parser's plus this. */
    private long lineBase;
    /** The line to read on from, in a parser of its own, when the last record's quoting was broken; 0 when none. */
    private long resyncAt;
    private int resyncs;

    private CsvRecordSource(String id, Path file, TextInput input, CSVParser parser, char delimiter,
                            Map<String, String> detected, boolean header) throws IOException, SourceException {
        this.id = id;
        this.file = file;
        this.input = input;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.detected = Collections.unmodifiableMap(detected);
        RawRecord first;
        try {
            first = nextNonBlank();
        } catch (MalformedCsvException e) {
            throw new SourceException(e.getMessage(), e);
        }
        if (first == null) {
            this.columns = List.of();
        } else if (header) {
            if (input.lastReplacement() >= 0 && String.join("", first.cells).indexOf(SourceItem.Undecoded.REPLACEMENT) >= 0) {
                // Else the names compare as equal garble: "duplicate column name '���'" for a file in another encoding.
                throw SourceException.at(file, first.line, "the header holds bytes that are not valid "
                    + input.charset().name() + " (read as U+FFFD): set the source's encoding: to the file's");
            }
            String swallowed = first.multiLine ? swallowedLine(first.cells, delimiter) : null;
            if (swallowed != null) {
                // The names are the columns: a stray quote here would shift or hide every row after it.
                throw SourceException.at(file, first.line, "the header name '" + swallowed + "' runs over a line break and holds"
                    + " the delimiter '" + CsvOptions.describe(delimiter) + "': a stray quote? (the names must be on one line)");
            }
            this.columns = HeaderNames.check(file, first.line, first.cells);
        } else {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= first.cells.length; i++) {
                names.add("column" + i);
            }
            this.columns = List.copyOf(names);
            String strayQuote = first.multiLine ? StrayQuote.check(first.cells, first.line, delimiter, first.cells.length) : null;
            if (strayQuote != null) {
                // Without a header the first row sets the cell count every other row is held to.
                throw SourceException.at(file, first.line, "the first row, which sets the number of columns, has broken quoting: " + strayQuote);
            }
            this.pending = toItem(first);
        }
    }

    /** The first cell holding a line break and the delimiter, up to its first break; {@code null} when none does. */
    private static String swallowedLine(String[] cells, char delimiter) {
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (cell.indexOf(delimiter) >= 0) {
                        return cell.substring(0, i) + "…";
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Opens the file and reads its header. Explicit options win over detection.
     *
     * @throws SourceException unknown encoding, bad delimiter option, empty/duplicate header name, or broken quoting in the header
     */
    public static CsvRecordSource open(String sourceId, CsvOptions options) throws IOException, SourceException {
        Path file = options.path();
        Character explicitDelimiter = options.explicitDelimiter().orElse(null);
        TextInput input = TextInput.open(file, options.encoding());
        try {
            Map<String, String> detected = new LinkedHashMap<>(input.describe());
            char delimiter = explicitDelimiter != null ? explicitDelimiter : DelimiterSniffer.sniff(input.sampleText());
            detected.put("delimiter", CsvOptions.describe(delimiter));
            detected.put("delimiter_reason", explicitDelimiter != null
                ? "given" : "sniffed from the first " + DelimiterSniffer.SAMPLE_RECORDS + " records");
            CSVParser parser = CSVParser.builder()
                .setReader(new QuotedCellLimit(input.reader(), delimiter))
                .setBufferSize(BUFFER)
                .setFormat(format(delimiter))
                .get();
            return new CsvRecordSource(sourceId, file, input, parser, delimiter, detected, options.header());
        } catch (IOException | SourceException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
            .setDelimiter(delimiter)
            .setQuote('"')
            // Blank lines are skipped here, not by the parser, so the start line of each record stays known.
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .setTrim(false)
            .get();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Map<String, String> detected() {
        return detected;
    }

    @Override
    public SourceItem next() throws IOException {
        if (pending != null) {
            SourceItem item = pending;
            pending = null;
            return item;
        }
        if (resyncAt > 0) {
            readOnFrom(resyncAt);
        }
        RawRecord record;
        try {
            record = nextNonBlank();
        } catch (MalformedCsvException e) {
            rowNumber++;
            resyncAt = e.line() + 1;
            return new SourceItem.BadRow(e.line(), rowNumber, StrayQuote.RULE,
                e.problem() + " (read on from line " + resyncAt + ")");
        }
        return record == null ? null : toItem(record);
    }

    /**
     * A new parser on the file from {@code line} on. Commons CSV cannot go on after broken quoting,
     * and its buffer has read past the line, so the file is opened again and read up to it.
     */
    private void readOnFrom(long line) throws IOException {
        resyncAt = 0;
        if (++resyncs > MAX_RESYNCS) {
            throw new MalformedCsvException(file, line - 1, "more than " + MAX_RESYNCS + " records with broken quoting:"
                + " stopping here (each one reads the file again up to it); are its quotes RFC 4180 (a quote in a quoted cell doubled: \"\")?", null);
        }
        TextInput again = input.reopen();
        try {
            LineSkip.Skipped rest = LineSkip.skip(again.reader(), line - 1);
            CSVParser next = CSVParser.builder()
                .setReader(new QuotedCellLimit(rest.reader(), delimiter))
                .setBufferSize(BUFFER)
                .setFormat(format(delimiter))
                .setCharacterOffset(rest.chars())
                .get();
            parser.close();
            input.close();
            parser = next;
            records = next.iterator();
            input = again;
            lineBase = line - 1;
        } catch (IOException | RuntimeException e) {
            again.close();
            throw e;
        }
    }

    private SourceItem toItem(RawRecord record) {
        rowNumber++;
        String[] cells = record.cells;
        int expected = columns.size();
        if (cells.length == expected + 1 && cells[expected].isEmpty()) {
            cells = Arrays.copyOf(cells, expected);
        }
        if (record.multiLine) {
            // Before the cell count: a stray quote may also have upset it, and this says why.
            String strayQuote = StrayQuote.check(cells, record.line, delimiter, expected);
            if (strayQuote != null) {
                resyncAt = record.line + 1;
                return new SourceItem.BadRow(record.line, rowNumber, StrayQuote.RULE, strayQuote + " (read on from line " + resyncAt + ")");
            }
        }
        if (cells.length != expected) {
            return new SourceItem.BadRow(record.line, rowNumber, BAD_ROW_RULE,
                "expected " + expected + " cells, found " + cells.length);
        }
        return new SourceItem.Row(record.line, rowNumber, cells, undecoded(record, cells));
    }

    /**
     * The cells holding a U+FFFD the decoder put in for bytes it could not decode, or {@code null}.
     * Only a record starting at or before the last such U+FFFD can hold one, so the cells of every
     * other record are not searched: a clean file costs one comparison per record.
     */
    private SourceItem.Undecoded undecoded(RawRecord record, String[] cells) {
        if (input.lastReplacement() < record.position) {
            return null;
        }
        return SourceItem.Undecoded.search(input.charset().name(), cells);
    }

    /** The next record with any content, with the line it starts on. */
    private RawRecord nextNonBlank() throws IOException {
        while (true) {
            long line = lineBase + parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw malformedOrRethrow(line, e.getCause());
            }
            String[] cells = record.values();
            if (cells.length == 0 || cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            // The parser has counted the line breaks of the record's quoted cells too.
            boolean multiLine = lineBase + parser.getCurrentLineNumber() - (line - 1) > 1;
            return new RawRecord(line, cells, multiLine, record.getCharacterPosition());
        }
    }

    private IOException malformedOrRethrow(long line, IOException cause) {
        if (cause instanceof QuotedCellLimit.TooLong) {
            return new MalformedCsvException(file, line, cause.getMessage() + " (from the record starting here to line "
                + (lineBase + parser.getCurrentLineNumber()) + "): a quote never closed?", cause);
        }
        if (!(cause instanceof CSVException)) {
            return cause;
        }
        String message = String.valueOf(cause.getMessage());
        String problem;
        if (message.contains("EOF reached before encapsulated token finished")) {
            problem = "unterminated quoted field: a quote opened in the record starting here is never closed";
        } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
            problem = "text after a closing quote (a quote inside a quoted field must be doubled: \"\")";
            long closed = lineBase + parser.getCurrentLineNumber();
            if (closed > line) {
                // The common case in exports: a stray quote, closed by the opening quote of a later, rightly quoted cell.
                problem += "; the quote opened on this line is closed on line " + closed + ": probably a stray quote on this line";
            }
        } else {
            problem = "malformed CSV: " + message;
        }
        return new MalformedCsvException(file, line, problem, cause);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A record as parsed; {@code position}: its first character's offset in the text, BOM excluded. */
    private record RawRecord(long line, String[] cells, boolean multiLine, long position) {
    }
}
