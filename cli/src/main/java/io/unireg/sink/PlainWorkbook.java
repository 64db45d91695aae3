package io.unireg.sink;

import io.unireg.source.excel.CellRef;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An .xlsx of text and number cells, plain or bold, with column widths and a frozen header row — what
 * a report needs — written without POI. A run writes one on every run (report.xlsx), and POI's first
 * workbook in a JVM costs ~0.6 CPU-s of class loading plus the JIT's time on its code: on 2 cores
 * the 1M-row benchmark job ran 6.25 → 5.72 s with this in POI's place (docs/benchmarks.md, 2026-12-04).
 * <p>
 * Sheets fill in any order, at once, each deflated as it is written into a buffer of its own (a
 * 100,000-row sheet is a few MB), and {@link #write} puts the buffers into the package in the order
 * the sheets were added, as they are (Commons Compress's raw entries: nothing is compressed twice).
 * No temporary files, and the same cells give the same bytes: entries carry a fixed time and the
 * package the creation time it is given.
 * <p>
 * Not fastexcel (0.19): it stamps every package with the time of writing, and streams one sheet at a
 * time into the package, while a run fills its report's rejects sheet before its summary.
 */
public final class PlainWorkbook implements AutoCloseable {

    /** Excel's limits: a cell's text and a sheet's name. */
    static final int MAX_TEXT = 32_767;
    static final int MAX_NAME = 31;
    private static final String[] COLUMNS = new String[64];
    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellRef.letters(i);
        }
    }
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final List<Sheet> sheets = new ArrayList<>();

    /**
     * A new sheet, last in the workbook. Its name is made one Excel accepts: characters it forbids
     * become spaces, it is cut to 31 characters, and a name already taken (in any case) gets a number.
     * {@code widths} are in characters; {@code frozenRows} rows stay in view when scrolling.
     */
    public Sheet sheet(String wanted, double[] widths, int frozenRows) {
        Sheet sheet = new Sheet(uniqueName(safeName(wanted)), widths, frozenRows, sheets.isEmpty());
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the package to {@code out} (not closed), {@code created} (to the second) in its properties. */
    public void write(OutputStream out, Instant created) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalStateException("a workbook needs a sheet");
        }
        // Closed here, to release its compressor at once; the caller's stream stays open.
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            zip.setUseZip64(Zip64Mode.Never); // a sheet stops at 100,000 rows, far below 4 GB
            writeEntries(zip, created);
        }
    }

    private void writeEntries(ZipArchiveOutputStream zip, Instant created) throws IOException {
        entry(zip, "[Content_Types].xml", contentTypes());
        entry(zip, "_rels/.rels", xml("<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>"));
        entry(zip, "docProps/app.xml", xml("<Properties xmlns=\"" + DOC_RELS.replace("relationships", "extended-properties")
                + "\"><Application>unireg</Application></Properties>"));
        entry(zip, "docProps/core.xml", xml("<cp:coreProperties xmlns:cp=\"" + RELS.replace("relationships", "metadata/core-properties")
                + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>unireg</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created.truncatedTo(ChronoUnit.SECONDS) + "</dcterms:created></cp:coreProperties>"));
        entry(zip, "xl/workbook.xml", workbookXml());
        entry(zip, "xl/_rels/workbook.xml.rels", workbookRels());
        entry(zip, "xl/styles.xml", xml(STYLES));
        for (int i = 0; i < sheets.size(); i++) {
            sheets.get(i).end().writeTo(zip, "xl/worksheets/sheet" + (i + 1) + ".xml");
        }
        zip.finish();
    }

    /** Row by row, top to bottom: a row's cells are added left to right between {@link #row()} calls. */
    public static final class Sheet {

        private final String name;
        /** The sheet's XML, deflated as it is written (raw deflate, as a zip entry holds it). */
        private final DeflatedPart deflated = new DeflatedPart();
        private final XmlText body = new XmlText(deflated);
        private int rows;
        private int column;
        private boolean ended;

        /** The sheet's XML up to its first row is known at once, so all of it goes through one compressor. */
        private Sheet(String name, double[] widths, int frozenRows, boolean selected) {
            this.name = name;
            body.raw(DECLARATION + "<worksheet xmlns=\"" + MAIN + "\">")
                    .raw("<sheetViews><sheetView workbookViewId=\"0\"").raw(selected ? " tabSelected=\"1\">" : ">");
            if (frozenRows > 0) {
                body.raw("<pane ySplit=\"").number(frozenRows).raw("\" topLeftCell=\"A").number(frozenRows + 1L)
                        .raw("\" activePane=\"bottomLeft\" state=\"frozen\"/>");
            }
            body.raw("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
            if (widths.length > 0) {
                body.raw("<cols>");
                for (int i = 0; i < widths.length; i++) {
                    body.raw("<col min=\"").number(i + 1L).raw("\" max=\"").number(i + 1L).raw("\" width=\"")
                            .raw(Double.toString(widths[i])).raw("\" customWidth=\"1\"/>");
                }
                body.raw("</cols>");
            }
            body.raw("<sheetData>");
        }

        public String name() {
            return name;
        }

        /** Rows begun so far. */
        public int rows() {
            return rows;
        }

        /** Begins the next row. */
        public Sheet row() {
            if (ended) {
                throw new IllegalStateException("sheet '" + name + "' is written already");
            }
            if (rows > 0) {
                body.raw("</row>");
            }
            rows++;
            column = 0;
            body.raw("<row r=\"").number(rows).raw("\">");
            return this;
        }

        public Sheet text(String value) {
            return text(value, false);
        }

        /** A text cell in bold (a header). */
        public Sheet bold(String value) {
            return text(value, true);
        }

        /** A number cell; one that is not finite is written as text. */
        public Sheet number(double value) {
            if (!Double.isFinite(value)) {
                return text(Double.toString(value));
            }
            cell(false).raw("><v>");
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                body.number((long) value);
            } else {
                body.raw(Double.toString(value));
            }
            body.raw("</v></c>");
            return this;
        }

        public Sheet number(long value) {
            cell(false).raw("><v>").number(value).raw("</v></c>");
            return this;
        }

        private Sheet text(String value, boolean bold) {
            String text = value == null ? "" : value;
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
            }
            cell(bold).raw(" t=\"inlineStr\"><is><t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                body.raw(" xml:space=\"preserve\"");
            }
            body.raw(">").escaped(text).raw("</t></is></c>");
            return this;
        }

        private XmlText cell(boolean bold) {
            if (rows == 0 || ended) {
                throw new IllegalStateException(ended ? "sheet '" + name + "' is written already" : "a cell before the sheet's first row");
            }
            int c = column++;
            body.raw("<c r=\"").raw(c < COLUMNS.length ? COLUMNS[c] : CellRef.letters(c)).number(rows).raw(bold ? "\" s=\"1\"" : "\"");
            return body;
        }

        /** Closes the XML; the sheet takes no more rows. */
        private Sheet end() {
            if (!ended) {
                if (rows > 0) {
                    body.raw("</row>");
                }
                body.raw("</sheetData></worksheet>").flush();
                ended = true;
                deflated.finish();
            }
            return this;
        }

        private void writeTo(ZipArchiveOutputStream zip, String entry) throws IOException {
            deflated.writeTo(zip, timed(entry));
        }
    }

    /** Releases the sheets' compressors; a workbook not written is dropped. */
    @Override
    public void close() {
        for (Sheet s : sheets) {
            s.ended = true;
            s.deflated.end();
        }
    }

    /** Characters Excel forbids in a sheet name ([]:*?/\) become spaces; no leading or trailing apostrophe; 31 characters. */
    static String safeName(String wanted) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < wanted.length() && name.length() < MAX_NAME; i++) {
            char c = wanted.charAt(i);
            name.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        while (name.length() > 0 && name.charAt(0) == '\'') {
            name.deleteCharAt(0);
        }
        while (name.length() > 0 && name.charAt(name.length() - 1) == '\'') {
            name.deleteCharAt(name.length() - 1);
        }
        return name.toString().isBlank() ? "Sheet" : name.toString();
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int i = 2; taken(candidate); i++) {
            String suffix = " " + i;
            candidate = name.substring(0, Math.min(name.length(), MAX_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }

    private boolean taken(String name) {
        for (Sheet s : sheets) {
            if (s.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String contentTypes() {
        StringBuilder x = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            x.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml(x.append("</Types>").toString());
    }

    private String workbookXml() {
        StringBuilder x = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 1; i <= sheets.size(); i++) {
            x.append("<sheet name=\"").append(escape(sheets.get(i - 1).name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return xml(x.append("</sheets></workbook>").toString());
    }

    private String workbookRels() {
        StringBuilder x = new StringBuilder("<Relationships xmlns=\"" + RELS + "\">");
        for (int i = 1; i <= sheets.size(); i++) {
            x.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(DOC_RELS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        x.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(DOC_RELS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml(x.append("</Relationships>").toString());
    }

    /** Two cell formats: 0 plain, 1 bold. */
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private static String xml(String body) {
        return DECLARATION + body;
    }

    private static String escape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlText x = new XmlText(out);
        x.escaped(s).flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ZipArchiveEntry timed(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        return e;
    }

    private static void entry(ZipArchiveOutputStream zip, String name, String content) throws IOException {
        DeflatedPart deflated = new DeflatedPart();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        deflated.write(bytes, 0, bytes.length);
        deflated.finish();
        deflated.writeTo(zip, timed(name));
    }

}
