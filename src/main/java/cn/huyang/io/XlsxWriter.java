package cn.huyang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table to an .xlsx file, streaming (SXSSF keeps a window of rows in memory): a bold,
 * frozen header row, dates as dates, numbers as numbers, text (ID numbers too) as text cells in
 * text-formatted columns, widths from the column specs. Written to a temporary file next to the
 * target and moved over it, so a failed export never leaves half a file.
 */
public final class XlsxWriter {
    private static final int WINDOW = 200;

    private XlsxWriter() {
    }

    public static <T> void write(Path file, String sheetName, List<Column<T>> columns, Iterable<T> rows)
            throws IOException {
        write(file, sheetName, columns, rows, java.util.Map.of());
    }

    /**
     * The same, with drop-down lists: column index → the values offered in that column's first
     * thousand rows (an explicit list: Excel allows 255 characters in all, longer lists are left out).
     */
    public static <T> void write(Path file, String sheetName, List<Column<T>> columns, Iterable<T> rows,
                                 java.util.Map<Integer, List<String>> dropDowns) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".huyang-export-", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(safeSheetName(sheetName));
            CellStyle[] styles = styles(wb, columns);
            CellStyle header = headerStyle(wb);
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(255, Math.max(columns.get(i).width(),
                        displayWidth(columns.get(i).header()) + 2)) * 256);
                sheet.setDefaultColumnStyle(i, styles[i]);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                Row xr = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(row);
                    if (v == null) {
                        continue;
                    }
                    Cell c = xr.createCell(i);
                    c.setCellStyle(styles[i]);
                    set(c, columns.get(i).type(), v);
                }
            }
            var helper = sheet.getDataValidationHelper();
            for (var e : dropDowns.entrySet()) {
                if (String.join(",", e.getValue()).length() > 255) {
                    continue;
                }
                var constraint = helper.createExplicitListConstraint(e.getValue().toArray(String[]::new));
                var validation = helper.createValidation(constraint,
                        new org.apache.poi.ss.util.CellRangeAddressList(1, 1000, e.getKey(), e.getKey()));
                validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                validation.setShowErrorBox(false); // a value typed otherwise is judged on import, with a reason
                sheet.addValidationData(validation);
            }
            if (r > 1 && dropDowns.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, columns.size() - 1));
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            wb.dispose();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void set(Cell c, Column.Type type, Object v) {
        switch (type) {
            case DATE -> {
                if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                } else {
                    c.setCellValue(v.toString());
                }
            }
            case INTEGER, DECIMAL -> {
                if (v instanceof BigDecimal b) {
                    c.setCellValue(b.doubleValue());
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    c.setCellValue(v.toString());
                }
            }
            case TEXT -> c.setCellValue(v.toString());
        }
    }

    private static <T> CellStyle[] styles(SXSSFWorkbook wb, List<Column<T>> columns) {
        var format = wb.createDataFormat();
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        CellStyle integer = wb.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));
        CellStyle decimal = wb.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.0#"));
        CellStyle[] out = new CellStyle[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (columns.get(i).type()) {
                case TEXT -> text;
                case DATE -> date;
                case INTEGER -> integer;
                case DECIMAL -> decimal;
            };
        }
        return out;
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(bold);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    /** Width in Excel character units: a Chinese character takes two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }

    /** Excel refuses sheet names over 31 characters and with []:*?/\ in them. */
    static String safeSheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
