package cn.huyang.io;

import cn.huyang.common.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell as read from a file: text, a number, or a date (a number in a date format). Numbers
 * keep their raw value so an ID number that Excel stored as a number can be recognised.
 */
public record CellValue(Kind kind, String text, double number) {
    public static final CellValue BLANK = new CellValue(Kind.TEXT, "", 0);

    public enum Kind { TEXT, NUMBER, DATE }

    public static CellValue text(String s) {
        return new CellValue(Kind.TEXT, s == null ? "" : s, 0);
    }

    public static CellValue number(double d) {
        return new CellValue(Kind.NUMBER, plain(d), d);
    }

    public static CellValue date(double excelSerial) {
        return new CellValue(Kind.DATE, plain(excelSerial), excelSerial);
    }

    public boolean isBlank() {
        return kind == Kind.TEXT && Text.isBlank(text);
    }

    /** As the user sees it in a refusal: the date, the number without exponent, or the text. */
    public String shown() {
        return switch (kind) {
            case DATE -> asDate().toString();
            case NUMBER -> Math.abs(number) >= 1e15 ? excel(number) : plain(number);
            case TEXT -> text;
        };
    }

    public LocalDate asDate() {
        if (number >= 61) { // after Excel's phantom 1900-02-29: plain day counting from 1899-12-30
            return EXCEL_EPOCH.plusDays((long) Math.floor(number));
        }
        return DateUtil.getLocalDateTime(number).toLocalDate();
    }

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** As Excel keeps it: 15 significant digits, in scientific notation (6.10104199003071E17). */
    static String excel(double d) {
        return new BigDecimal(d).round(new java.math.MathContext(15)).stripTrailingZeros().toString()
                .replace("E+", "E");
    }

    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
