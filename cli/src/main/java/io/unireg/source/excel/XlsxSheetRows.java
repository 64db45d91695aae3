package io.unireg.source.excel;

import io.unireg.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Pulls the rows of one XLSX worksheet with StAX: one row in memory at a time. Cell texts follow
 * {@link NumberStyle}; a formula cell gives its cached result (what Excel last calculated).
 */
final class XlsxSheetRows implements SheetRows {

    /** Opens the sheet part; called twice (merged regions first, then the rows). */
    interface Part {
        InputStream open() throws IOException, InvalidFormatException;
    }

    private final Path file;
    private final String sheet;
    private final Part part;
    private final NumberStyle[] styles;
    private final SharedStrings strings;
    private final boolean date1904;
    private final int maxChars;
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final StringBuilder text = new StringBuilder();
    private final InputStream stream;
    private final XMLStreamReader xml;
    private String[] cells = new String[16];
    private long rowNumber;
    private long formulasWithoutValue;
    private boolean done;

    XlsxSheetRows(Path file, String sheet, Part part, NumberStyle[] styles, SharedStrings strings, boolean date1904,
                  ExcelOptions.Limits limits) throws IOException, XMLStreamException, SourceException {
        this.file = file;
        this.sheet = sheet;
        this.part = part;
        this.styles = styles;
        this.strings = strings;
        this.date1904 = date1904;
        this.maxChars = limits.maxCellChars();
        this.stream = openPart();
        this.xml = Xml.reader(stream);
    }

    private InputStream openPart() throws IOException, SourceException {
        try {
            InputStream in = part.open();
            if (in == null) {
                throw SourceException.of(file, "sheet '" + sheet + "': its part is missing from the workbook");
            }
            return in;
        } catch (InvalidFormatException e) {
            throw ExcelFailure.of(file, "sheet '" + sheet + "': cannot open", e);
        }
    }

    @Override
    public List<Merge> merges() throws IOException {
        try {
            return MergeScan.scan(part.open());
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public long formulasWithoutValue() {
        return formulasWithoutValue;
    }

    @Override
    public Row next() throws IOException {
        if (done) {
            return null;
        }
        try {
            boolean hidden = false;
            int width = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        String r = Xml.attr(xml, "r");
                        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                        String h = Xml.attr(xml, "hidden");
                        hidden = "1".equals(h) || "true".equals(h);
                        width = 0;
                        Arrays.fill(cells, null);
                    } else if (name.equals("c")) {
                        width = cell(width);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        return new Row(rowNumber, hidden, Arrays.copyOf(cells, width));
                    }
                    if (name.equals("sheetData")) {
                        done = true;
                        return null;
                    }
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | NumberFormatException e) {
            throw ExcelFailure.io(file, "sheet '" + sheet + "' row " + (rowNumber + 1) + ": broken sheet XML", e);
        } catch (Xml.TooLong e) {
            throw new IOException(file + ": sheet '" + sheet + "' row " + rowNumber + ": a cell holds more than "
                + maxChars + " characters (Excel's own limit is 32,767): a corrupt or hostile file");
        }
    }

    /** Reads one {@code <c>} element; returns the row width so far. */
    private int cell(int width) throws XMLStreamException, Xml.TooLong, IOException {
        String ref = Xml.attr(xml, "r");
        int column = ref == null ? width : CellRef.column(ref);
        if (column < 0 || column > CellRef.MAX_COLUMN) {
            throw new IOException(file + ": sheet '" + sheet + "' row " + rowNumber + ": bad cell reference '" + ref + "'");
        }
        String type = Xml.attr(xml, "t");
        String s = Xml.attr(xml, "s");
        int style = s == null ? 0 : Integer.parseInt(s);
        boolean formula = false;
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("v")) {
                    text.setLength(0);
                    Xml.text(xml, text, maxChars);
                    value = text.toString();
                } else if (name.equals("is")) {
                    inline = inlineString();
                } else {
                    formula |= name.equals("f");
                    Xml.skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break; // </c>
            }
        }
        String cellText = text(type, style, value, inline, column);
        if (formula && (value == null || value.isEmpty()) && inline == null) {
            formulasWithoutValue++;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = cellText;
        return Math.max(width, column + 1);
    }

    /** {@code <is><t>…</t></is>} or rich runs {@code <is><r><t>…</t></r>…</is>}, phonetic runs left out. */
    private String inlineString() throws XMLStreamException, Xml.TooLong {
        text.setLength(0);
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("t")) {
                    Xml.text(xml, text, maxChars);
                } else if (name.equals("rPh")) {
                    Xml.skip(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return Xml.unescape(text.toString());
    }

    private String text(String type, int style, String value, String inline, int column) throws IOException {
        if (inline != null) {
            return inline;
        }
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (type == null || type.equals("n")) {
            NumberStyle ns = style >= 0 && style < styles.length ? styles[style] : NumberStyle.GENERAL;
            return ns.text(Double.parseDouble(value), date1904, formatter);
        }
        switch (type) {
            case "s": {
                String shared = strings.get(Integer.parseInt(value.trim()));
                if (shared == null) {
                    throw new IOException(file + ": sheet '" + sheet + "' cell " + CellRef.letters(column) + rowNumber
                        + ": shared string " + value + " is missing (the workbook is corrupt)");
                }
                return shared;
            }
            case "b":
                return "1".equals(value) || "true".equals(value) ? "TRUE" : "FALSE";
            case "d":
                // Strict OOXML stores dates as ISO text; a midnight time is a date-only value.
                return value.endsWith("T00:00:00") || value.endsWith("T00:00:00Z") ? value.substring(0, value.indexOf('T')) : value;
            default: // "str" (a formula's text result), "e" (#N/A, #DIV/0! …), "inlineStr" without <is>
                return Xml.unescape(value);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream below is closed next
        }
        stream.close();
    }
}
