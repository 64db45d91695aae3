package io.unireg.source.excel;

import io.unireg.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * An XLSX read by streaming: the workbook list, styles and shared strings are read up front (small
 * parts); each sheet is pulled row by row with StAX, so memory does not grow with the row count.
 * POI's zip-bomb guard ({@link ZipSecureFile}) is on for every part.
 */
final class XlsxBook implements ExcelBook {

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<Sheet> sheets;
    private final boolean date1904;
    private final NumberStyle[] styles;
    private final SharedStrings strings;
    private final ExcelOptions.Limits limits;

    private XlsxBook(Path file, OPCPackage pkg, XSSFReader reader, List<Sheet> sheets, boolean date1904,
                     NumberStyle[] styles, SharedStrings strings, ExcelOptions.Limits limits) {
        this.file = file;
        this.pkg = pkg;
        this.reader = reader;
        this.sheets = List.copyOf(sheets);
        this.date1904 = date1904;
        this.styles = styles;
        this.strings = strings;
        this.limits = limits;
    }

    static XlsxBook open(Path file, ExcelOptions.Limits limits) throws IOException, SourceException {
        FileMagic magic = FileMagic.valueOf(file.toFile());
        if (magic == FileMagic.OLE2) {
            throw SourceException.of(file, "not an XLSX file: it is an old binary workbook (use type: xls) or a "
                + "password-protected one (save it again without a password)");
        }
        if (magic != FileMagic.OOXML) {
            throw SourceException.of(file, "not an XLSX file (no ZIP signature; is it a CSV or HTML file renamed .xlsx?)");
        }
        // Process-wide settings in POI; every reader in unireg uses the same values.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw ExcelFailure.of(file, "cannot open the workbook", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<Sheet> sheets = new ArrayList<>();
            boolean date1904 = readWorkbook(reader, sheets);
            NumberStyle[] styles = readStyles(reader);
            SharedStrings strings = SharedStrings.read(sharedStringsData(reader), limits.maxCellChars());
            return new XlsxBook(file, pkg, reader, sheets, date1904, styles, strings, limits);
        } catch (IOException | OpenXML4JException | XMLStreamException | Xml.TooLong | RuntimeException e) {
            pkg.revert();
            throw ExcelFailure.of(file, "cannot read the workbook", e);
        }
    }

    private static boolean readWorkbook(XSSFReader reader, List<Sheet> sheets)
        throws IOException, InvalidFormatException, XMLStreamException {
        boolean date1904 = false;
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader r = Xml.reader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("workbookPr")) {
                    String v = Xml.attr(r, "date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                } else if (name.equals("sheet")) {
                    String state = Xml.attr(r, "state");
                    Visibility visibility = "hidden".equals(state) ? Visibility.HIDDEN
                        : "veryHidden".equals(state) ? Visibility.VERY_HIDDEN : Visibility.VISIBLE;
                    sheets.add(new Sheet(Xml.attr(r, "name"), sheets.size() + 1, visibility, Xml.attr(r, "id")));
                }
            }
            r.close();
        }
        return date1904;
    }

    private static NumberStyle[] readStyles(XSSFReader reader) {
        StylesTable table;
        try {
            table = reader.getStylesTable();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            table = null; // no styles part: every cell is General
        }
        if (table == null) {
            return new NumberStyle[] {NumberStyle.GENERAL};
        }
        NumberStyle[] styles = new NumberStyle[Math.max(1, table.getNumCellStyles())];
        for (int i = 0; i < styles.length; i++) {
            XSSFCellStyle style = i < table.getNumCellStyles() ? table.getStyleAt(i) : null;
            styles[i] = style == null ? NumberStyle.GENERAL : NumberStyle.of(style.getDataFormat(), style.getDataFormatString());
        }
        return styles;
    }

    private static InputStream sharedStringsData(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException e) {
            return null; // no shared strings part: every text is inline
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<Sheet> sheets() {
        return sheets;
    }

    @Override
    public SheetRows open(Sheet sheet) throws IOException, SourceException {
        try {
            return new XlsxSheetRows(file, sheet.name(), () -> reader.getSheet(sheet.ref()), styles, strings, date1904, limits);
        } catch (XMLStreamException | RuntimeException e) {
            throw ExcelFailure.of(file, "sheet '" + sheet.name() + "': cannot read", e);
        }
    }

    @Override
    public void close() {
        pkg.revert(); // read-only: closes the ZIP without writing anything back
    }
}
