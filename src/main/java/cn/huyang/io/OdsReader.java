package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OpenDocument spreadsheets (.ods, LibreOffice and WPS): the tables of content.xml, streamed.
 * {@code number-columns-repeated} and {@code number-rows-repeated} repeat (trailing blank runs
 * cost nothing), a spanned cell's covered cells are blanks as in a merged region; a float is a
 * number, a date a date, a string text. A table hidden by its style is not offered.
 */
final class OdsReader {
    /** content.xml unpacked beyond this is no roster (nor a zip bomb read to the end). */
    static final long MAX_CONTENT = 2 * FormatSniffer.MAX_TEXT_BYTES;

    private OdsReader() {
    }

    static List<String> sheets(Path file) {
        Tables tables = new Tables(null, null, file.getFileName().toString());
        parse(file, tables);
        return tables.visible;
    }

    static void read(Path file, String sheet, RowSink sink) {
        String name = file.getFileName().toString();
        Tables tables = new Tables(sheet, sink, name);
        parse(file, tables);
        if (!tables.found) {
            if (sheet == null) {
                throw new SpreadsheetException(Problem.NO_SHEET, name);
            }
            throw new SpreadsheetException(Problem.NO_SUCH_SHEET, sheet, String.join("、", tables.visible));
        }
    }

    private static void parse(Path file, DefaultHandler handler) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new SpreadsheetException(Problem.CORRUPT, name);
            }
            SafeXml.parse(new Capped(zip.getInputStream(content), name), handler, name);
        } catch (IOException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, name);
        }
    }

    /** Stops a content.xml that unpacks beyond {@link #MAX_CONTENT}. */
    private static final class Capped extends FilterInputStream {
        private final String file;
        private long read;

        Capped(InputStream in, String file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_CONTENT) {
                throw new SpreadsheetException(Problem.TOO_LARGE, file, read / (1024 * 1024), MAX_CONTENT / (1024 * 1024));
            }
        }
    }

    /** The table styles that hide, the visible tables, and the rows of the wanted one (the first visible when null). */
    private static final class Tables extends DefaultHandler {
        private final String wanted;
        private final RowSink sink;
        private final String file;
        private final Set<String> hiddenStyles = new HashSet<>();
        private final CellText text = new CellText();
        final List<String> visible = new ArrayList<>();
        boolean found;
        private String style;
        private boolean reading;
        private List<CellValue> cells;
        private int row;
        private int rowRepeat;
        private int column;
        private int blanks;
        private int repeat;
        private CellValue typed;
        private boolean inCell;
        private int paragraphs;
        private int inNote;

        Tables(String wanted, RowSink sink, String file) {
            this.wanted = wanted;
            this.sink = sink;
            this.file = file;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "style" -> style = SafeXml.attr(a, "name");
                case "table-properties" -> {
                    if ("false".equals(SafeXml.attr(a, "display")) && style != null) {
                        hiddenStyles.add(style);
                    }
                }
                case "table" -> startTable(a);
                case "table-row" -> {
                    if (reading) {
                        cells = new ArrayList<>();
                        column = 0;
                        blanks = 0;
                        rowRepeat = Math.max(1, SafeXml.intAttr(a, "number-rows-repeated", 1));
                    }
                }
                case "table-cell", "covered-table-cell" -> {
                    if (reading && cells != null) {
                        inCell = true;
                        repeat = Math.max(1, SafeXml.intAttr(a, "number-columns-repeated", 1));
                        text.clear();
                        paragraphs = 0;
                        typed = typed(a);
                    }
                }
                case "annotation" -> inNote++;
                case "p" -> {
                    if (inCell && inNote == 0 && paragraphs++ > 0) {
                        text.append('\n');
                    }
                }
                case "s" -> {
                    if (inCell && inNote == 0) {
                        for (int i = Math.min(SafeXml.intAttr(a, "c", 1), 1000); i > 0; i--) {
                            text.append(' ');
                        }
                    }
                }
                case "tab" -> append('\t');
                case "line-break" -> append('\n');
                default -> {
                }
            }
        }

        private void startTable(Attributes a) {
            String name = SafeXml.attr(a, "name");
            boolean shown = !hiddenStyles.contains(SafeXml.attr(a, "style-name"));
            if (shown && name != null) {
                visible.add(name);
            }
            if (sink != null && !found && name != null && (wanted == null ? shown : wanted.equals(name))) {
                found = true;
                reading = true;
                row = 0;
            }
        }

        private void append(char c) {
            if (inCell && inNote == 0) {
                text.append(c);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "annotation" -> inNote--;
                case "table-cell", "covered-table-cell" -> {
                    if (inCell) {
                        inCell = false;
                        endCell();
                    }
                }
                case "table-row" -> {
                    if (reading && cells != null) {
                        endRow();
                    }
                }
                case "table" -> {
                    if (reading) {
                        throw new SafeXml.Done();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inCell && inNote == 0 && paragraphs > 0) {
                text.append(ch, start, length);
            }
        }

        private void endCell() {
            CellValue v = typed != null ? typed : CellValue.text(text.take(row + 1, column + blanks));
            if (v.isBlank()) {
                blanks = (int) Math.min((long) blanks + repeat, XlsxSheetHandler.LAST_COLUMN + 2L);
                return;
            }
            if ((long) column + blanks + repeat > XlsxSheetHandler.LAST_COLUMN + 1L) {
                throw new SpreadsheetException(Problem.CORRUPT, file);
            }
            for (; blanks > 0; blanks--, column++) {
                cells.add(CellValue.BLANK);
            }
            for (int i = 0; i < repeat; i++, column++) {
                cells.add(v);
            }
        }

        private void endRow() {
            if (cells.isEmpty()) {
                row = (int) Math.min((long) row + rowRepeat, Integer.MAX_VALUE - 1);
            } else {
                for (int i = 0; i < rowRepeat; i++) {
                    sink.row(++row, cells);
                }
            }
            cells = null;
        }

        /** A cell's value from its attributes (a number, a date, a truth value), or null when its text is its value. */
        private static CellValue typed(Attributes a) {
            String type = SafeXml.attr(a, "value-type");
            try {
                if ("float".equals(type) || "percentage".equals(type) || "currency".equals(type)) {
                    return CellValue.number(Double.parseDouble(SafeXml.attr(a, "value").trim()));
                }
                if ("date".equals(type)) {
                    String d = SafeXml.attr(a, "date-value").trim();
                    LocalDateTime t = d.length() > 10 ? LocalDateTime.parse(d.length() > 19 ? d.substring(0, 19) : d)
                            : LocalDate.parse(d).atStartOfDay();
                    return CellValue.date(DateUtil.getExcelDate(t));
                }
                if ("boolean".equals(type)) {
                    return CellValue.text("true".equals(SafeXml.attr(a, "boolean-value")) ? "TRUE" : "FALSE");
                }
            } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
                return null;
            }
            return null;
        }
    }
}
