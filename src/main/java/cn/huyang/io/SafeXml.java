package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way XML from a file is read (SpreadsheetML, an .ods's content.xml): streamed, with POI's
 * hardened parser (no DTD, no external entity, entity expansion limited), a DOCTYPE refused before
 * parsing, and elements nested no deeper than a spreadsheet ever needs.
 */
final class SafeXml {
    /** Deeper than any spreadsheet XML nests its elements. */
    static final int MAX_DEPTH = 100;

    /** Thrown by a handler that has read what it wanted: the rest of the file is not parsed. */
    static final class Done extends RuntimeException {
        Done() {
            super(null, null, false, false);
        }
    }

    private SafeXml() {
    }

    static void parse(InputStream stream, DefaultHandler handler, String file) {
        try (BufferedInputStream in = new BufferedInputStream(stream, FormatSniffer.HEAD)) {
            in.mark(FormatSniffer.HEAD);
            String head = FormatSniffer.decodeHead(in.readNBytes(FormatSniffer.HEAD));
            in.reset();
            if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
                throw new SpreadsheetException(Problem.UNSAFE, file);
            }
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new Depth(handler, file));
            xml.parse(new InputSource(in));
        } catch (Done e) {
            // read as far as needed
        } catch (SpreadsheetException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof Done) {
                return;
            }
            if (e.getException() instanceof SpreadsheetException se) {
                throw se;
            }
            String why = String.valueOf(e.getMessage());
            throw new SpreadsheetException(why.contains("DOCTYPE") || why.contains("ntity") ? Problem.UNSAFE
                    : Problem.CORRUPT, e, file);
        } catch (IOException | ParserConfigurationException | RuntimeException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, file);
        }
    }

    /** Passes every event on, counting how deep the elements nest. */
    private static final class Depth extends DefaultHandler {
        private final DefaultHandler handler;
        private final String file;
        private int depth;

        Depth(DefaultHandler handler, String file) {
            this.handler = handler;
            this.file = file;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new SpreadsheetException(Problem.TOO_DEEP, file);
            }
            handler.startElement(uri, localName, qName, a);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            handler.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            handler.characters(ch, start, length);
        }
    }

    /** An attribute by its local name, whatever its prefix. */
    static String attr(Attributes a, String localName) {
        for (int i = 0; i < a.getLength(); i++) {
            if (localName.equals(a.getLocalName(i))) {
                return a.getValue(i);
            }
        }
        return null;
    }

    /** A whole number attribute; {@code fallback} when absent or no number. */
    static int intAttr(Attributes a, String localName, int fallback) {
        String v = attr(a, localName);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
