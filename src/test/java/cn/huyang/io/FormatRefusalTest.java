package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.io.SpreadsheetException.Problem;
import cn.huyang.roster.Department;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: what cannot be read as a table says what it is and what to do — never "damaged" —, and
 * hostile web pages and XML are refused plainly and quickly, leaving the roster as it was.
 */
@Timeout(60)
class FormatRefusalTest {
    static final String ID = FixtureFiles.ID_A;
    static final String LAUGHS = "<!DOCTYPE Workbook [<!ENTITY a \"lollollollollollollollollollol\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>";

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    Messages m;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, FixtureImportTest.CLOCK);
        ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
    }

    @AfterEach
    void close() {
        assertThat(ctx.roster().counselors()).isEmpty();
        db.close();
    }

    private SpreadsheetException refused(Path file) {
        Throwable t = catchThrowable(() -> ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false));
        assertThat(t).isInstanceOf(SpreadsheetException.class);
        SpreadsheetException e = (SpreadsheetException) t;
        assertThat(e.render(m)).doesNotContain("已损坏").doesNotContain("{");
        return e;
    }

    @Test
    void aPdfRenamedXlsSaysItIsAPdf() throws Exception {
        Path pdf = Files.writeString(dir.resolve("名单.xls"), "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF");
        assertThat(refused(pdf).render(m)).isEqualTo("名单.xls 是一个 PDF 文件，不是表格。请在原系统中导出为 Excel（.xlsx）后再导入");
    }

    @Test
    void picturesRenamedXlsSayTheyArePictures() throws Exception {
        byte[][] heads = {{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                {'G', 'I', 'F', '8', '9', 'a'}};
        for (byte[] head : heads) {
            SpreadsheetException e = refused(Files.write(dir.resolve("名单.xls"), head));
            assertThat(e.problem()).isEqualTo(Problem.IS_IMAGE);
            assertThat(e.render(m)).startsWith("名单.xls 是一张图片，不是表格。");
        }
    }

    @Test
    void wordFilesSayTheyAreWordDocuments() throws Exception {
        Path docx = FormatFixtures.zip(dir.resolve("名单.xlsx"), null, List.of("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document/>"));
        assertThat(refused(docx).render(m)).startsWith("名单.xlsx 是一个 Word 文档，不是表格。");
        Path rtf = Files.writeString(dir.resolve("名单.xls"), "{\\rtf1\\ansi 姓名}");
        assertThat(refused(rtf).problem()).isEqualTo(Problem.IS_WORD);
    }

    @Test
    void anEncryptedEtXlsOrOdsSaysItHasAPassword() throws Exception {
        Path plain = TestSheets.xlsx(dir.resolve("plain.xlsx"), "Sheet1", List.of(FixtureFiles.r("姓名", "身份证号")));
        Path et = dir.resolve("加密.et");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            var enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile()); OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(et)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(refused(et).render(m)).isEqualTo("加密.et 设有打开密码。请在 Excel 或 WPS 中取消密码后另存，再导入");
        Path xls = dir.resolve("加密.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(refused(xls).problem()).isEqualTo(Problem.ENCRYPTED);
        Path ods = FormatFixtures.zip(dir.resolve("加密.ods"), FormatSniffer.ODS_MIME, List.of("META-INF/manifest.xml",
                "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data "
                        + "manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>",
                "content.xml", "\u0001\u0002binary"));
        assertThat(refused(ods).render(m)).isEqualTo("加密.ods 设有打开密码。请在 Excel 或 WPS 中取消密码后另存，再导入");
    }

    @Test
    void xxeAndBillionLaughsInSpreadsheetMlAndOdsAreRefusedAsUnsafe() throws Exception {
        String head = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n";
        String book = "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"&e;\"><Table><Row>"
                + "<Cell><Data ss:Type=\"String\">&g;</Data></Cell></Row></Table></Worksheet></Workbook>";
        Path xxe = Files.writeString(dir.resolve("xxe.xls"), head
                + "<!DOCTYPE Workbook [<!ENTITY e SYSTEM \"file:///etc/passwd\"><!ENTITY g \"x\">]>" + book);
        assertThat(refused(xxe).render(m)).isEqualTo("xxe.xls 中含有 DTD 或实体声明，出于安全考虑不予读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入");
        Path laughs = Files.writeString(dir.resolve("laughs.xml"), head + LAUGHS + book.replace("&e;", "名单"));
        assertThat(refused(laughs).problem()).isEqualTo(Problem.UNSAFE);
        Path ods = FormatFixtures.zip(dir.resolve("laughs.ods"), FormatSniffer.ODS_MIME, List.of("content.xml",
                "<?xml version=\"1.0\"?>" + LAUGHS.replace("Workbook", "office:document-content")
                        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                        + "<office:body>&g;</office:body></office:document-content>"));
        assertThat(refused(ods).problem()).isEqualTo(Problem.UNSAFE);
    }

    @Test
    void deeplyNestedTablesAndElementsAreRefusedAsTooDeep() throws Exception {
        Path html = Files.writeString(dir.resolve("嵌套.xls"), "<html><body>" + "<table><tr><td>".repeat(100_000) + "x");
        assertThat(refused(html).render(m)).isEqualTo("嵌套.xls 中的表格嵌套过深，无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入");
        Path xml = Files.writeString(dir.resolve("嵌套.xml"), "<?mso-application progid=\"Excel.Sheet\"?><Workbook "
                + "xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">" + "<Table>".repeat(50_000));
        assertThat(refused(xml).problem()).isEqualTo(Problem.TOO_DEEP);
    }

    @Test
    void aGigabyteWebPageIsRefusedBeforeItIsRead() throws Exception {
        Path page = Files.writeString(dir.resolve("巨大.xls"), "<html><table><tr><td>姓名</td></tr>");
        try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: a gigabyte on the disk's books, nothing written
        }
        long start = System.nanoTime();
        assertThat(refused(page).render(m)).isEqualTo(
                "巨大.xls 的表格内容有 1024 MB，超过 128 MB 的上限，不像是一份名单。请检查是否选错了文件，或在 Excel 或 WPS 中另存为 .xlsx 后再导入");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aWebPageWithOneCellOfEightMegabytesOrTooManyRowsIsRefusedWithTheCap() throws Exception {
        Path cell = dir.resolve("长单元格.xls");
        try (Writer w = Files.newBufferedWriter(cell, StandardCharsets.UTF_8)) {
            w.write("<html><table><tr><td>姓名</td><td>身份证号</td><td>系部</td></tr><tr><td>");
            String chunk = "张".repeat(1024);
            for (int i = 0; i < 8 * 1024 / 3; i++) {
                w.write(chunk);
            }
            w.write("</td><td>" + ID + "</td><td>计算机系</td></tr></table>");
        }
        SpreadsheetException e = refused(cell);
        assertThat(e.problem()).isEqualTo(Problem.CELL_TOO_LONG);
        assertThat(e.render(m)).startsWith("第 2 行 A 列有 2795520 个字");
        Path rows = dir.resolve("行太多.xls");
        try (Writer w = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
            w.write("<table><tr><td>姓名<td>身份证号<td>系部\n");
            for (int i = 0; i < SpreadsheetReader.MAX_ROWS + 1; i++) {
                w.write("<tr><td><td><td><td>x\n"); // beyond the mapped columns: cheap for the import
            }
        }
        assertThat(refused(rows).problem()).isEqualTo(Problem.TOO_MANY_ROWS);
    }

    @Test
    void anOdsWhoseContentUnpacksBeyondTheCapIsRefusedAsTooLarge() throws Exception {
        Path ods = dir.resolve("炸弹.ods");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            out.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            out.write(FormatSniffer.ODS_MIME.getBytes(StandardCharsets.US_ASCII));
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"o\"><office:body>"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (long i = 0; i <= OdsReader.MAX_CONTENT >> 20; i++) {
                out.write(spaces);
            }
            out.write("</office:body></office:document-content>".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(ods)).isLessThan(5L << 20);
        assertThat(refused(ods).render(m)).startsWith("炸弹.ods 的表格内容有 256 MB，超过 256 MB 的上限");
    }

    @Test
    void anXxeEntityInAWebPageIsJustText() throws Exception {
        Path page = Files.writeString(dir.resolve("xxe.xls"), "<!DOCTYPE html [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<table><tr><td>姓名</td><td>身份证号</td><td>系部</td><td>岗位类型</td><td>备注</td></tr>"
                + "<tr><td>张伟</td><td>" + ID + "</td><td>计算机系</td><td>专职</td><td>&e;</td></tr></table>");
        RosterImportPreview p = ctx.rosterImport().preview(page, ImportOptions.defaults(), () -> false);
        assertThat(p.rows()).singleElement().satisfies(r -> assertThat(r.counselor().note()).isEqualTo("&e;"));
    }

    @Test
    void aZipThatIsNeitherAndATextFileNamedXlsAreStillNoSpreadsheet() throws Exception {
        Path zip = FormatFixtures.zip(dir.resolve("照片.xls"), null, List.of("photo.jpg", "xyz"));
        assertThat(refused(zip).problem()).isEqualTo(Problem.NOT_SPREADSHEET);
        Path text = Files.writeString(dir.resolve("说明.xls"), "请按附件填写");
        assertThat(refused(text).render(m)).isEqualTo(
                "说明.xls 不是电子表格文件。请选择 Excel（.xlsx、.xls）、WPS 表格（.et）、OpenDocument（.ods）或 .csv 文件");
    }
}
