package cn.huyang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real .xlsx files for tests, written with POI: strings, numbers and Excel dates as typed in an office. */
final class TestSheets {
    private TestSheets() {
    }

    /** A sheet of rows; a String is a text cell, a Number a numeric cell, a LocalDate a date cell, null nothing. */
    static Path xlsx(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet(sheetName), rows);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static void fill(XSSFWorkbook wb, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            if (values == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    /** A title merged over the first columns, as offices put above their tables. */
    static void mergeTitle(Sheet sheet, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
    }
}
