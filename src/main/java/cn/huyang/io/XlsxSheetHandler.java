package cn.huyang.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as it streams by and hands each row on as {@link CellValue}s. Lighter
 * than POI's {@code XSSFSheetXMLHandler}, which builds an XMLBeans rich-text object for every
 * string cell: here a string is a string, a number keeps its raw value and a number in a date
 * format is a date.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Column XFD, Excel's last: a reference beyond is a damaged file (and would fill memory with blanks). */
    static final int LAST_COLUMN = 16_383;
    private final List<String> sharedStrings;
    private final boolean[] dateStyles;
    private final RowSink sink;
    private final StringBuilder text = new StringBuilder();
    private List<CellValue> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inText;
    private boolean inPhonetic;
    private boolean formula;
    private boolean valued;

    XlsxSheetHandler(List<String> sharedStrings, StylesTable styles, RowSink sink) {
        this.sharedStrings = sharedStrings;
        this.sink = sink;
        int n = styles == null ? 0 : styles.getNumCellStyles();
        dateStyles = new boolean[n];
        for (int i = 0; i < n; i++) {
            var st = styles.getStyleAt(i);
            dateStyles[i] = st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "row" -> {
                String r = a.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String ref = a.getValue("r");
                column = ref != null ? columnOf(ref) : column + 1;
                if (column < 0 || column > LAST_COLUMN) {
                    throw new IllegalArgumentException("cell reference out of the sheet: " + ref);
                }
                type = a.getValue("t");
                String s = a.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                text.setLength(0);
                formula = false;
                valued = false;
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                valued = true;
            }
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (formula && !valued) {
                    // A formula whose result was never saved (written by a program, not Excel): its
                    // value is unknown, and must not be read as blank or 0.
                    throw new SpreadsheetException(SpreadsheetException.Problem.FORMULA_NO_VALUE, rowNumber,
                            RowGuard.column(column));
                }
                while (cells.size() < column) {
                    cells.add(CellValue.BLANK);
                }
                cells.add(value());
            }
            case "row" -> sink.row(rowNumber, cells);
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inText) {
            text.append(ch, start, length);
        }
    }

    private CellValue value() {
        String v = text.toString();
        if (type == null || "n".equals(type)) {
            if (v.isEmpty()) {
                return CellValue.BLANK;
            }
            double d = Double.parseDouble(v);
            boolean date = style < dateStyles.length && dateStyles[style] && DateUtil.isValidExcelDate(d);
            return date ? CellValue.date(d) : CellValue.number(d);
        }
        return switch (type) {
            case "s" -> CellValue.text(v.isEmpty() ? "" : sharedStrings.get(Integer.parseInt(v.trim())));
            case "b" -> CellValue.text("1".equals(v) ? "TRUE" : "FALSE");
            default -> CellValue.text(unescape(v)); // inlineStr, str (a formula's text), e (an error such as #N/A)
        };
    }

    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * Text as Excel meant it: characters XML cannot carry (ESC, BEL …) are written {@code _x001B_},
     * an underscore before such a pattern {@code _x005F_}. Decoded, so that a control character is
     * seen — and refused — rather than stored as "_x001B_".
     */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        return ESCAPED.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(r.group(1), 16))));
    }

    /** "AB12" → 27. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            if (col > LAST_COLUMN + 1) {
                return Integer.MAX_VALUE;
            }
        }
        return col - 1;
    }

    /** The shared strings part: each {@code <si>}'s text runs, without phonetic (ruby) runs. */
    static final class SharedStrings extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(unescape(text.toString()));
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }
}
