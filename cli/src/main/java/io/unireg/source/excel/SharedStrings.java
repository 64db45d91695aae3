package io.unireg.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared-string table as plain Java strings. POI's {@code ReadOnlySharedStringsTable}
 * keeps an XMLBeans rich-text object per string, several times heavier; a plain string costs about
 * 40 bytes plus its characters. Phonetic runs ({@code rPh}) are not part of the text the user sees.
 */
final class SharedStrings {

    private final String[] strings;

    private SharedStrings(String[] strings) {
        this.strings = strings;
    }

    static SharedStrings read(InputStream in, int maxChars) throws IOException, XMLStreamException, Xml.TooLong {
        if (in == null) {
            return new SharedStrings(new String[0]);
        }
        List<String> list = new ArrayList<>();
        try (in) {
            XMLStreamReader r = Xml.reader(in);
            StringBuilder sb = new StringBuilder();
            boolean inItem = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("si")) {
                        sb.setLength(0);
                        inItem = true;
                    } else if (name.equals("rPh")) {
                        Xml.skip(r);
                    } else if (name.equals("t") && inItem) {
                        Xml.text(r, sb, maxChars);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
                    list.add(Xml.unescape(sb.toString()));
                    inItem = false;
                }
            }
            r.close();
        }
        return new SharedStrings(list.toArray(String[]::new));
    }

    /** The string at {@code index}, or {@code null} when the table has no such entry (a corrupt file). */
    String get(int index) {
        return index >= 0 && index < strings.length ? strings[index] : null;
    }

    int size() {
        return strings.length;
    }
}
