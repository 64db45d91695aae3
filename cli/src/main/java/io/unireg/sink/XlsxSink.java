package io.unireg.sink;

import io.unireg.job.JobError;
import io.unireg.job.OutputSpec;
import io.unireg.job.YamlNode;
import io.unireg.schema.FieldType;
import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook for officials, written with POI's streaming SXSSF (a window of rows in memory,
 * the rest in a compressed temporary file): a bold, frozen header row with an autofilter, column
 * widths from the first rows' values, and cells typed by the target schema:
 * <ul>
 * <li>{@code date} / {@code datetime}: real Excel dates (sortable, filterable), shown {@code dd.mm.yyyy} unless
 *     {@code date_format} says otherwise;</li>
 * <li>{@code integer} / {@code year} / {@code number}: numbers when they fit Excel's 15 digits, else text; a
 *     number is shown with the decimals it was written with ({@code 2361.00}), so it reads back unchanged;</li>
 * <li>{@code boolean}: TRUE/FALSE;</li>
 * <li>{@code string} (identifiers: РНОКПП, document numbers, codes with leading zeros) and every other column:
 *     text cells with the Text format, so Excel neither drops leading zeros nor turns them into 1.23E+09.</li>
 * </ul>
 * More rows than a sheet holds (1,048,575 under the header) continue on {@code records (2)}, … Risky texts
 * get Excel's quote-prefix flag ({@link FormulaGuard}).
 */
public final class XlsxSink implements RecordSink {

    static final int SHEET_ROWS = 1_048_576;
    private static final int WIDTH_SAMPLE = 1000;
    private static final int MAX_WIDTH = 60;
    private static final int EXCEL_MAX_CHARS = 32_767;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

    private enum Kind { TEXT, DATE, DATE_TIME, INTEGER, NUMBER, BOOLEAN }

    private final HashingFile file;
    private final SXSSFWorkbook workbook;
    private final List<String> columns;
    private final Kind[] kinds;
    private final boolean guard;
    private final String sheetName;
    private final int sheetRows;
    private final int[] widths;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    private final CellStyle[] decimals = new CellStyle[16];
    private SXSSFSheet sheet;
    private int sheets;
    private int rowIndex;
    private long rows;

    XlsxSink(Path path, List<String> columns, TableSchema schema, String sheetName, String dateFormat, boolean guard,
             int sheetRows) throws IOException {
        this.columns = List.copyOf(columns);
        this.kinds = new Kind[columns.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = schema == null ? Kind.TEXT : schema.field(columns.get(i)).map(XlsxSink::kind).orElse(Kind.TEXT);
        }
        this.guard = guard;
        this.sheetName = sheetName;
        this.sheetRows = sheetRows;
        this.widths = new int[columns.size()];
        this.workbook = new StreamingWorkbook(200, true);
        var formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(bold);
        this.text = workbook.createCellStyle();
        text.setDataFormat(formats.getFormat("@"));
        this.quoted = workbook.createCellStyle();
        quoted.setDataFormat(formats.getFormat("@"));
        quoted.setQuotePrefixed(true);
        this.date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(dateFormat));
        this.dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(dateFormat + " hh:mm:ss"));
        this.integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("0"));
        this.file = new HashingFile(path);
        newSheet();
    }

    private static Kind kind(SchemaField field) {
        FieldType t = field.type();
        return switch (t) {
            case DATE -> Kind.DATE;
            case DATETIME -> Kind.DATE_TIME;
            case INTEGER, YEAR -> Kind.INTEGER;
            case NUMBER -> Kind.NUMBER;
            case BOOLEAN -> Kind.BOOLEAN;
            default -> Kind.TEXT;
        };
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
            widths[i] = Math.max(widths[i], columns.get(i).length() + 3); // room for the filter button
        }
        sheet.createFreezePane(0, 1);
        rowIndex = 1;
    }

    @Override
    public void write(String[] values) throws IOException {
        if (rowIndex == sheetRows) {
            finishSheet();
            newSheet();
        }
        Row row = sheet.createRow(rowIndex++);
        boolean sample = rows < WIDTH_SAMPLE;
        for (int i = 0; i < kinds.length; i++) {
            String v = i < values.length ? values[i] : null;
            if (v == null || v.isEmpty()) {
                continue;
            }
            if (v.length() > EXCEL_MAX_CHARS) {
                throw new IOException("xlsx output: column '" + columns.get(i) + "' of record " + (rows + 1)
                    + " holds " + v.length() + " characters; an Excel cell holds at most 32,767 (write csv instead)");
            }
            Cell cell = row.createCell(i);
            int shown = cell(cell, kinds[i], v);
            if (sample) {
                widths[i] = Math.max(widths[i], shown);
            }
        }
        rows++;
    }

    /** Fills the cell; returns how many characters it shows, for the column width. */
    private int cell(Cell cell, Kind kind, String v) {
        try {
            switch (kind) {
                case DATE:
                    cell.setCellValue(LocalDate.parse(v));
                    cell.setCellStyle(date);
                    return 10;
                case DATE_TIME:
                    cell.setCellValue(LocalDateTime.parse(v));
                    cell.setCellStyle(dateTime);
                    return 19;
                case INTEGER:
                    if (INTEGER.matcher(v).matches()) {
                        cell.setCellValue(Long.parseLong(v));
                        cell.setCellStyle(integer);
                        return v.length();
                    }
                    break;
                case NUMBER:
                    if (DECIMAL.matcher(v).matches() && v.replaceAll("[^0-9]", "").length() <= 15) {
                        cell.setCellValue(Double.parseDouble(v));
                        int point = v.indexOf('.');
                        cell.setCellStyle(decimals(point < 0 ? 0 : v.length() - point - 1)); // 2361.00 stays 2361.00
                        return v.length();
                    }
                    break;
                case BOOLEAN:
                    if (v.equals("true") || v.equals("false")) {
                        cell.setCellValue(Boolean.parseBoolean(v));
                        return 5;
                    }
                    break;
                default:
                    break;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // not in the schema's spelling: kept as text below, never lost
        }
        cell.setCellValue(v);
        cell.setCellStyle(guard && FormulaGuard.risky(v) ? quoted : text);
        int longest = 0;
        for (String line : v.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /** A number format showing exactly {@code places} decimals, made once per count. */
    private CellStyle decimals(int places) {
        if (decimals[places] == null) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(places == 0 ? "0" : "0." + "0".repeat(places)));
            decimals[places] = style;
        }
        return decimals[places];
    }

    private void finishSheet() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(6, widths[i] + 1)) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, Math.max(0, columns.size() - 1)));
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public String sha256() {
        return file.sha256();
    }

    @Override
    public void abort() {
        workbook.dispose();
        try {
            file.stream().close();
        } catch (IOException ignored) {
            // the staging folder holding this file is discarded
        }
    }

    @Override
    public void close() throws IOException {
        try {
            finishSheet();
            workbook.write(file.stream());
        } finally {
            file.stream().close();
            workbook.dispose();
            workbook.close();
        }
    }

    /** {@code type: xlsx}; keys {@code sheet} (default {@code records}), {@code date_format}, {@code formula_guard}. */
    static final class Factory implements SinkFactories.Factory {
        @Override
        public String defaultPath() {
            return "records.xlsx";
        }

        @Override
        public Set<String> extraKeys() {
            return Set.of("sheet", "date_format", FormulaGuard.KEY);
        }

        @Override
        public List<JobError> validate(OutputSpec spec) {
            List<JobError> errors = new ArrayList<>(FormulaGuard.validate(spec));
            YamlNode sheet = spec.options().get("sheet");
            if (sheet != null && (!(sheet instanceof YamlNode.Scalar s) || s.text() == null
                || !s.text().matches("[^\\\\/?*\\[\\]:]{1,26}"))) {
                errors.add(new JobError(sheet.location(), "sheet must be 1–26 characters without \\ / ? * [ ] :"));
            }
            YamlNode format = spec.options().get("date_format");
            if (format != null && (!(format instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank())) {
                errors.add(new JobError(format.location(), "date_format must be an Excel number format such as dd.mm.yyyy"));
            }
            return errors;
        }

        private static String text(OutputSpec spec, String key, String fallback) {
            return spec.options().get(key) instanceof YamlNode.Scalar s && s.text() != null ? s.text() : fallback;
        }

        @Override
        public RecordSink open(SinkContext context) throws IOException {
            OutputSpec spec = context.spec();
            return new XlsxSink(SinkFactories.stagedFile(context, defaultPath()), context.columns(), context.schema(),
                text(spec, "sheet", "records"), text(spec, "date_format", "dd.mm.yyyy"), FormulaGuard.enabled(spec),
                SHEET_ROWS);
        }
    }
}
