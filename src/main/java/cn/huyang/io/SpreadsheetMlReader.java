package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Excel 2003 XML (SpreadsheetML, {@code <?mso-application progid="Excel.Sheet"?>}), often named
 * ".xls" or ".xml": worksheets of rows of cells, streamed. {@code ss:Index} places a row or a cell,
 * {@code ss:MergeAcross}/{@code ss:MergeDown} spread as merged cells do; a String cell is text, a
 * Number a number, a DateTime a date. Comments on cells are not read as values.
 */
final class SpreadsheetMlReader {
    private SpreadsheetMlReader() {
    }

    /** The visible worksheets, in order. */
    static List<String> sheets(Path file) {
        Sheets names = new Sheets();
        parse(file, names);
        return names.visible;
    }

    static void read(Path file, String sheet, RowSink sink) {
        String name = file.getFileName().toString();
        List<String> visible = sheets(file);
        String wanted = SpreadsheetReader.pick(visible, sheet, name);
        Rows rows = new Rows(wanted, sink, name);
        parse(file, rows);
        if (!rows.found) {
            throw new SpreadsheetException(Problem.NO_SUCH_SHEET, wanted, String.join("、", visible));
        }
    }

    private static void parse(Path file, DefaultHandler handler) {
        try {
            SafeXml.parse(Files.newInputStream(file), handler, file.getFileName().toString());
        } catch (IOException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, file.getFileName().toString());
        }
    }

    /** Each worksheet's name and whether {@code x:WorksheetOptions/x:Visible} hides it. */
    private static final class Sheets extends DefaultHandler {
        final List<String> visible = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String current;
        private boolean hidden;
        private boolean inVisible;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if ("Worksheet".equals(localName)) {
                current = SafeXml.attr(a, "Name");
                hidden = false;
            } else if ("Visible".equals(localName)) {
                inVisible = true;
                text.setLength(0);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("Visible".equals(localName)) {
                inVisible = false;
                hidden = text.toString().trim().startsWith("SheetHidden")
                        || text.toString().trim().startsWith("SheetVeryHidden");
            } else if ("Worksheet".equals(localName) && current != null && !hidden) {
                visible.add(current);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inVisible && text.length() < 100) {
                text.append(ch, start, length);
            }
        }
    }

    /** The rows of one worksheet. */
    private static final class Rows extends DefaultHandler {
        private final String wanted;
        private final RowSink sink;
        private final SpanGrid grid;
        private final CellText text = new CellText();
        private boolean found;
        private boolean inSheet;
        private List<CellValue> cells;
        private int row;
        private int column;
        private int across;
        private int down;
        private String type;
        private boolean inData;
        private int inComment;

        Rows(String wanted, RowSink sink, String file) {
            this.wanted = wanted;
            this.sink = sink;
            this.grid = new SpanGrid(file);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if ("Worksheet".equals(localName)) {
                inSheet = wanted.equals(SafeXml.attr(a, "Name"));
                found |= inSheet;
                return;
            }
            if (!inSheet) {
                return;
            }
            switch (localName) {
                case "Row" -> {
                    row = Math.max(row + 1, SafeXml.intAttr(a, "Index", row + 1));
                    cells = new ArrayList<>();
                    column = 0;
                }
                case "Cell" -> {
                    int index = SafeXml.intAttr(a, "Index", 0);
                    column = index > 0 ? index - 1 : grid.free(row, column);
                    across = SafeXml.intAttr(a, "MergeAcross", 0) + 1;
                    down = SafeXml.intAttr(a, "MergeDown", 0) + 1;
                    text.clear();
                    type = null;
                }
                case "Data" -> {
                    if (inComment == 0) {
                        inData = true;
                        type = SafeXml.attr(a, "Type");
                    }
                }
                case "Comment" -> inComment++;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!inSheet) {
                return;
            }
            switch (localName) {
                case "Data" -> inData = false;
                case "Comment" -> inComment--;
                case "Cell" -> {
                    if (cells != null) {
                        column = grid.place(cells, row, column, value(), across, down);
                    }
                }
                case "Row" -> {
                    if (cells != null) {
                        sink.row(row, cells);
                        cells = null;
                    }
                }
                case "Worksheet" -> throw new SafeXml.Done();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inData) {
                text.append(ch, start, length);
            }
        }

        private CellValue value() {
            String v = text.take(row, column);
            if (type == null) {
                return CellValue.text(v);
            }
            try {
                return switch (type) {
                    case "Number" -> CellValue.number(Double.parseDouble(v.trim()));
                    case "DateTime" -> CellValue.date(DateUtil.getExcelDate(
                            LocalDateTime.parse(v.trim().length() > 19 ? v.trim().substring(0, 19) : v.trim())));
                    case "Boolean" -> CellValue.text("1".equals(v.trim()) ? "TRUE" : "FALSE");
                    default -> CellValue.text(v);
                };
            } catch (NumberFormatException | DateTimeParseException e) {
                return CellValue.text(v);
            }
        }
    }
}
