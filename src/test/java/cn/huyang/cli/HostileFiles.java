package cn.huyang.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Bad import files, as hostile users and broken programs make them: written byte by byte where POI would refuse to. */
final class HostileFiles {
    static final List<String> HEADER = List.of("姓名", "身份证号", "系部", "岗位类型", "所带学生数", "备注");

    private HostileFiles() {
    }

    /** A workbook (xlsx or xls by the name) with the header and rows; a Number is a numeric cell. */
    static Path workbook(Path file, List<List<Object>> rows) throws IOException {
        try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** The header row's cells as inline strings, and the sheet XML around rows. */
    static String sheetXml(String prolog, String... rows) {
        StringBuilder b = new StringBuilder(prolog).append(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        b.append("<row r=\"1\">");
        for (int i = 0; i < HEADER.size(); i++) {
            b.append(inline((char) ('A' + i) + "1", HEADER.get(i)));
        }
        b.append("</row>");
        for (String r : rows) {
            b.append(r);
        }
        return b.append("</sheetData></worksheet>").toString();
    }

    /** A minimal .xlsx package from its parts; the workbook names one sheet, "名单", unless {@code workbookXml} is given. */
    static Path xlsx(Path file, String workbookXml, String sheetXml, String sharedStrings) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", workbookXml != null ? workbookXml : workbookXml("<sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/>"));
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        return zip(file, parts);
    }

    static String workbookXml(String sheets) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + sheets + "</sheets></workbook>";
    }

    static Path zip(Path file, Map<String, String> parts) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    /** A zip whose one sheet inflates to {@code megabytes} of spaces. */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        Path base = xlsx(file, null, sheetXml(""), null);
        byte[] bytes = Files.readAllBytes(base);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes));
             ZipOutputStream out = new ZipOutputStream(copy)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith("sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return Files.write(file, copy.toByteArray());
    }

    /** An OLE2 file with the given entries (an "encrypted" workbook, a Word file renamed). */
    static Path ole2(Path file, String... entries) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String e : entries) {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An .xls whose only sheet is hidden. */
    static Path hiddenXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            Row r = s.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                r.createCell(i).setCellValue(HEADER.get(i));
            }
            wb.setSheetHidden(0, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
