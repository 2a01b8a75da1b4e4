package cn.huyang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The same rows as other programs write them, made by the tests (no LibreOffice needed): a web
 * page saved as ".xls" the way web systems and Excel's "save as web page" do, Excel 2003 XML, and an
 * OpenDocument spreadsheet. A String is a text cell, a Number a numeric cell, a LocalDate a date,
 * null an empty cell; the first row is a title spread over columns 0..{@code titleLast}.
 */
final class FormatFixtures {
    static final String NOTE = "本表由各系部填写，身份证号请设为文本格式";

    private FormatFixtures() {
    }

    /** A web page as Excel saves one: mso- styles, x:str cells, the title as a colspan; entities for some characters. */
    static Path html(Path file, List<List<Object>> rows, int titleLast, Charset charset, String meta) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!-- exported by 学工系统 -->\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n").append(meta).append('\n')
                .append("<style>\n<!--td {mso-number-format:\"\\@\"; white-space:normal} .x1 {mso-style-parent:style0;}\n")
                .append("--></style>\n<script>var s = '<table><tr><td>not a cell</td></tr></table>';</script>\n")
                .append("<title>花名册 &amp; 导出</title></head>\n<body>\n")
                .append("<table border=\"1\" cellspacing=0 style='border-collapse:collapse'>\n");
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            b.append(" <tr height=19 style='height:14.25pt'>\n");
            if (r == 0) {
                b.append("  <td colspan=").append(titleLast + 1).append(" class=x1 x:str>").append(escape(row.get(0)))
                        .append("</td>\n");
            } else {
                for (Object v : row) {
                    b.append("  <td class=\"x1\" x:str=\"'\" style=\"mso-number-format:'\\@'\">").append(escape(v))
                            .append("</td>\n");
                }
            }
            b.append(" </tr>\n");
        }
        b.append("</table>\n</body>\n</html>\n");
        return Files.write(file, b.toString().getBytes(charset));
    }

    private static String escape(Object v) {
        if (v == null) {
            return "";
        }
        String s = shown(v);
        if (s.equals("张伟")) {
            return "&#24352;&#x4F1F;";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(" ", "&nbsp;");
    }

    /** A value as a web page shows it: a number as Excel writes it, a date as yyyy-MM-dd. */
    static String shown(Object v) {
        if (v instanceof Number n) {
            return CellValue.number(n.doubleValue()).shown();
        }
        return v.toString();
    }

    /** Excel 2003 XML: a hidden notes sheet first, then the rows; empty cells skipped with ss:Index. */
    static Path spreadsheetMl(Path file, List<List<Object>> rows, int titleLast) throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n")
                .append("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"\n")
                .append(" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n")
                .append(" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:html=\"http://www.w3.org/TR/REC-html40\">\n")
                .append(" <Styles><Style ss:ID=\"d\"><NumberFormat ss:Format=\"Short Date\"/></Style></Styles>\n")
                .append(" <Worksheet ss:Name=\"填表说明\"><Table><Row><Cell><Data ss:Type=\"String\">").append(NOTE)
                .append("</Data></Cell></Row></Table>\n  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<Visible>SheetHidden</Visible></WorksheetOptions>\n </Worksheet>\n")
                .append(" <Worksheet ss:Name=\"花名册\">\n  <Table ss:ExpandedColumnCount=\"10\" x:FullColumns=\"1\">\n");
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.isEmpty()) {
                continue;
            }
            b.append("   <Row ss:Index=\"").append(r + 1).append("\">");
            boolean skipped = false;
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    skipped = true;
                    continue;
                }
                b.append("<Cell");
                if (skipped) {
                    b.append(" ss:Index=\"").append(c + 1).append('"');
                    skipped = false;
                }
                if (r == 0) {
                    b.append(" ss:MergeAcross=\"").append(titleLast).append('"');
                }
                if (v instanceof LocalDate) {
                    b.append(" ss:StyleID=\"d\"");
                }
                b.append('>').append(data(v));
                if (c == 1) {
                    b.append("<Comment ss:Author=\"学工处\"><ss:Data xmlns=\"http://www.w3.org/TR/REC-html40\">"
                            + "<B>核对</B></ss:Data></Comment>");
                }
                b.append("</Cell>");
            }
            b.append("</Row>\n");
        }
        b.append("  </Table>\n </Worksheet>\n</Workbook>\n");
        return Files.writeString(file, b.toString());
    }

    private static String data(Object v) {
        if (v instanceof Number n) {
            return "<Data ss:Type=\"Number\">" + n + "</Data>";
        }
        if (v instanceof LocalDate d) {
            return "<Data ss:Type=\"DateTime\">" + d + "T00:00:00.000</Data>";
        }
        return "<Data ss:Type=\"String\">" + v.toString().replace("&", "&amp;").replace("<", "&lt;") + "</Data>";
    }

    /** An .ods as LibreOffice writes one: mimetype first and stored, a manifest, content.xml with repeats and spans. */
    static Path ods(Path file, List<List<Object>> rows, int titleLast) throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"")
                .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
                .append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">\n")
                .append("<office:automatic-styles><style:style style:name=\"ta1\" style:family=\"table\">")
                .append("<style:table-properties table:display=\"true\"/></style:style>")
                .append("<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/>")
                .append("</style:style></office:automatic-styles>\n<office:body><office:spreadsheet>\n")
                .append("<table:table table:name=\"填表说明\" table:style-name=\"ta2\"><table:table-row><table:table-cell")
                .append(" office:value-type=\"string\"><text:p>").append(NOTE).append("</text:p></table:table-cell>")
                .append("</table:table-row></table:table>\n<table:table table:name=\"花名册\" table:style-name=\"ta1\">\n")
                .append("<table:table-column table:number-columns-repeated=\"10\"/>\n");
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            b.append("<table:table-row>");
            if (r == 0) {
                b.append("<table:table-cell table:number-columns-spanned=\"").append(titleLast + 1)
                        .append("\" office:value-type=\"string\"><text:p>").append(row.get(0)).append("</text:p></table:table-cell>")
                        .append("<table:covered-table-cell table:number-columns-repeated=\"").append(titleLast).append("\"/>");
            }
            int empty = 0;
            for (int c = r == 0 ? 1 : 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    empty++;
                    continue;
                }
                if (empty > 0) {
                    b.append("<table:table-cell table:number-columns-repeated=\"").append(empty).append("\"/>");
                    empty = 0;
                }
                b.append(odsCell(v));
            }
            b.append("<table:table-cell table:number-columns-repeated=\"16374\"/></table:table-row>\n");
        }
        b.append("<table:table-row table:number-rows-repeated=\"1048560\"><table:table-cell ")
                .append("table:number-columns-repeated=\"16384\"/></table:table-row>\n")
                .append("</table:table></office:spreadsheet></office:body></office:document-content>\n");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + FormatSniffer.ODS_MIME + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>\n";
        return zip(file, FormatSniffer.ODS_MIME, List.of("META-INF/manifest.xml", manifest, "content.xml", b.toString()));
    }

    private static String odsCell(Object v) {
        if (v instanceof Number n) {
            return "<table:table-cell office:value-type=\"float\" office:value=\"" + n + "\"><text:p>"
                    + shown(v) + "</text:p></table:table-cell>";
        }
        if (v instanceof LocalDate d) {
            return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + d + "\"><text:p>"
                    + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日</text:p></table:table-cell>";
        }
        String s = v.toString().replace("&", "&amp;").replace("<", "&lt;");
        if (s.startsWith(" ") && s.endsWith(" ")) { // as LibreOffice keeps leading and trailing spaces
            s = "<text:s/>" + s.strip() + "<text:s/>";
        }
        return "<table:table-cell office:value-type=\"string\"><text:p>" + s
                + "</text:p><office:annotation><text:p>批注</text:p></office:annotation></table:table-cell>";
    }

    /** A zip whose first entry is {@code mimetype}, stored uncompressed; then name/content pairs. */
    static Path zip(Path file, String mimetype, List<String> entries) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            if (mimetype != null) {
                byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(mime.length);
                CRC32 crc = new CRC32();
                crc.update(mime);
                e.setCrc(crc.getValue());
                out.putNextEntry(e);
                out.write(mime);
                out.closeEntry();
            }
            for (int i = 0; i < entries.size(); i += 2) {
                out.putNextEntry(new ZipEntry(entries.get(i)));
                out.write(entries.get(i + 1).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
