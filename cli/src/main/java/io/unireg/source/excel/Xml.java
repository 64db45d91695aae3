package io.unireg.source.excel;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/** StAX helpers for the parts of an XLSX: a pull parser with DTDs and external entities off. */
final class Xml {

    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLHelper.newXMLInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Thrown when a text runs past the cell limit; carries nothing but the limit. */
    static final class TooLong extends Exception {
        TooLong() {
            super(null, null, false, false);
        }
    }

    /**
     * The text of the current element (reader on its START_ELEMENT), appended to {@code sb}; leaves the
     * reader on the matching END_ELEMENT. Child elements are skipped. Stops past {@code max} characters
     * so one hostile cell cannot fill the heap.
     */
    static void text(XMLStreamReader r, StringBuilder sb, int max) throws XMLStreamException, TooLong {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE)) {
                if (sb.length() + r.getTextLength() > max) {
                    throw new TooLong();
                }
                sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
        }
    }

    /** Skips the current element and its children. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Decodes OOXML's {@code _xHHHH_} escapes (control characters such as {@code _x000D_}); {@code _x005F_} escapes an underscore. */
    static String unescape(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                sb.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return sb.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Attribute by local name, whatever its namespace; {@code null} when absent. */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
