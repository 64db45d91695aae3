package io.unireg.source.excel;

import io.unireg.job.Suggestions;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows of one worksheet of an XLSX (streamed) or XLS workbook.
 *
 * <ul>
 * <li>Rows above {@code header_row} (titles, notes) are ignored; {@code header_rows} rows name the
 *     columns ({@link ExcelHeader}); {@code skip_rows} rows after them are skipped; the rest is data.</li>
 * <li>A data row with no text in any cell is skipped, like a blank line in a CSV file.</li>
 * <li>{@code line} is the spreadsheet row number, as Excel shows it; {@code rowNumber} counts data rows.</li>
 * <li>A value in a column right of the last named one makes the row a {@link SourceItem.BadRow}
 *     (rule {@code columns}) rather than being dropped unseen.</li>
 * <li>Hidden rows are read like any other; they are counted for the profile and the manifest.</li>
 * </ul>
 */
public final class ExcelRecordSource implements RecordSource {

    static final int HIDDEN_ROW_SAMPLES = 10;

    private final String id;
    private final Path file;
    private final ExcelBook book;
    private final ExcelBook.Sheet sheet;
    private final SheetRows rows;
    private final List<String> columns;
    private final long firstDataRow;
    private final Map<String, String> detected = new LinkedHashMap<>();
    private final List<Long> hiddenRowSamples = new ArrayList<>();
    private SheetRows.Row pending;
    private long rowNumber;
    private long hiddenRows;

    private ExcelRecordSource(String id, ExcelBook book, ExcelBook.Sheet sheet, String choice, ExcelOptions options)
        throws IOException, SourceException {
        this.id = id;
        this.file = book.file();
        this.book = book;
        this.sheet = sheet;
        this.rows = book.open(sheet);
        long headerFirst = options.headerRow();
        long headerLast = headerFirst + options.headerRows() - 1;
        this.firstDataRow = headerLast + 1 + options.skipRows();
        List<String[]> header = new ArrayList<>();
        for (int i = 0; i < options.headerRows(); i++) {
            header.add(new String[0]);
        }
        SheetRows.Row row;
        while ((row = rows.next()) != null && row.number() <= headerLast) {
            if (row.number() >= headerFirst) {
                header.set((int) (row.number() - headerFirst), row.cells());
                if (row.hidden()) {
                    countHidden(row.number());
                }
            }
        }
        this.pending = row;
        ExcelHeader.Names names = ExcelHeader.names(header, headerFirst, rows.merges());
        if (names.names().isEmpty()) {
            throw SourceException.of(file, "sheet '" + sheet.name() + "': the header "
                + (options.headerRows() == 1 ? "row " + headerFirst : "rows " + headerFirst + "–" + headerLast)
                + " is empty (set header_row to the row that holds the column names)");
        }
        this.columns = names.names();
        detected.put("sheet", sheet.name());
        detected.put("sheet_reason", choice);
        List<String> hidden = book.sheets().stream().filter(ExcelBook.Sheet::hidden)
            .map(s -> s.name() + " (" + s.visibility().label() + ")").toList();
        if (!hidden.isEmpty()) {
            detected.put("hidden_sheets", String.join(", ", hidden));
        }
        detected.put("header_rows", options.headerRows() == 1 ? String.valueOf(headerFirst) : headerFirst + "-" + headerLast);
        detected.put("first_data_row", String.valueOf(firstDataRow));
        if (!names.renamed().isEmpty()) {
            detected.put("renamed_columns", String.join(", ", names.renamed()));
        }
    }

    /** Opens the workbook, picks the sheet and reads its header. */
    public static ExcelRecordSource open(String sourceId, ExcelOptions options, boolean xls) throws IOException, SourceException {
        ExcelBook book = ExcelBook.open(options.path(), xls, options.limits());
        try {
            String[] choice = new String[1];
            ExcelBook.Sheet sheet = pick(book, options.sheet(), choice);
            return new ExcelRecordSource(sourceId, book, sheet, choice[0], options);
        } catch (IOException | SourceException | RuntimeException e) {
            book.close();
            throw e;
        }
    }

    /** The sheets of a workbook, for the profile. */
    public static List<SheetInfo> sheets(Path file, boolean xls, ExcelOptions.Limits limits) throws IOException, SourceException {
        try (ExcelBook book = ExcelBook.open(file, xls, limits)) {
            return book.sheets().stream().map(s -> new SheetInfo(s.name(), s.position(), s.visibility().label())).toList();
        }
    }

    /** A sheet as the workbook lists it; {@code visibility} is {@code visible}, {@code hidden} or {@code very hidden}. */
    public record SheetInfo(String name, int position, String visibility) {
    }

    /** By exact name first; else digits are a 1-based position in tab order (hidden sheets count). */
    static ExcelBook.Sheet pick(ExcelBook book, String wanted, String[] choice) throws SourceException {
        List<ExcelBook.Sheet> sheets = book.sheets();
        if (sheets.isEmpty()) {
            throw SourceException.of(book.file(), "the workbook has no worksheets");
        }
        if (wanted == null) {
            choice[0] = "first visible sheet";
            return sheets.stream().filter(s -> !s.hidden()).findFirst().orElse(sheets.get(0));
        }
        for (ExcelBook.Sheet s : sheets) {
            if (s.name().equals(wanted)) {
                choice[0] = "given";
                return s;
            }
        }
        if (wanted.matches("\\d{1,4}")) {
            int position = Integer.parseInt(wanted);
            if (position >= 1 && position <= sheets.size()) {
                choice[0] = "given as position " + position;
                return sheets.get(position - 1);
            }
        }
        String list = sheets.stream().map(s -> s.hidden() ? s.name() + " (" + s.visibility().label() + ")" : s.name())
            .collect(Collectors.joining(", "));
        throw SourceException.of(book.file(), "no sheet '" + wanted + "'; the workbook has: " + list
            + Suggestions.didYouMean(wanted, sheets.stream().map(ExcelBook.Sheet::name).toList()));
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
        return Collections.unmodifiableMap(detected);
    }

    public String sheetName() {
        return sheet.name();
    }

    /** Hidden rows met so far (header and data). */
    public long hiddenRows() {
        return hiddenRows;
    }

    /** The first few hidden rows' numbers. */
    public List<Long> hiddenRowSamples() {
        return List.copyOf(hiddenRowSamples);
    }

    @Override
    public SourceItem next() throws IOException {
        while (true) {
            SheetRows.Row row = pending != null ? pending : rows.next();
            pending = null;
            if (row == null) {
                finish();
                return null;
            }
            if (row.number() < firstDataRow) {
                continue;
            }
            if (row.hidden()) {
                countHidden(row.number());
            }
            String[] raw = row.cells();
            boolean any = false;
            int beyond = -1;
            for (int c = 0; c < raw.length; c++) {
                String v = raw[c];
                if (v != null && !v.isBlank()) {
                    any = true;
                    if (c >= columns.size() && beyond < 0) {
                        beyond = c;
                    }
                }
            }
            if (!any) {
                continue;
            }
            rowNumber++;
            if (beyond >= 0) {
                return new SourceItem.BadRow(row.number(), rowNumber, "columns", "cell " + CellRef.letters(beyond)
                    + row.number() + " holds a value but column " + CellRef.letters(beyond) + " has no header");
            }
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                String v = c < raw.length ? raw[c] : null;
                cells[c] = v == null ? "" : v;
            }
            return new SourceItem.Row(row.number(), rowNumber, cells);
        }
    }

    private void countHidden(long number) {
        hiddenRows++;
        if (hiddenRowSamples.size() < HIDDEN_ROW_SAMPLES) {
            hiddenRowSamples.add(number);
        }
    }

    private void finish() {
        if (hiddenRows > 0) {
            detected.put("hidden_rows", String.valueOf(hiddenRows));
        }
        long noValue = rows.formulasWithoutValue();
        if (noValue > 0) {
            detected.put("formulas_without_value", String.valueOf(noValue));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            book.close();
        }
    }
}
