package cn.huyang.cli;

import static cn.huyang.cli.HostileFiles.HEADER;
import static cn.huyang.cli.HostileFiles.inline;
import static cn.huyang.cli.HostileFiles.sheetXml;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.LauncherTest.Result;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.jooq.Tables;
import cn.huyang.roster.TestData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile import files through the real command line ({@code import roster FILE}) against a data
 * folder holding demo data: each gets a plain Chinese message (no stack trace, no exception class),
 * a non-zero exit, and leaves the counselor table exactly as it was.
 */
class HostileImportTest {
    @TempDir
    static Path dir;
    static Path data;
    static final String ID = TestData.id(LocalDate.of(1990, 5, 17), true, 1);
    static final String DEPT = "机电工程系"; // one of the demo's

    @BeforeAll
    static void demo() {
        data = dir.resolve("data");
        Result demo = LauncherTest.run("--data-dir", data.toString(), "demo", "--counselors", "20");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    /** The counselor and department tables, row by row. */
    static String dump(Path folder) {
        try (H2Store db = TestFolders.open(folder)) {
            return db.dsl().selectFrom(Tables.COUNSELOR).orderBy(Tables.COUNSELOR.ID).fetch().formatCSV()
                    + db.dsl().selectFrom(Tables.DEPARTMENT).orderBy(Tables.DEPARTMENT.ID).fetch().formatCSV();
        }
    }

    private static List<Object> row(Object name, Object id, Object students, Object note) {
        return Arrays.asList(name, id, DEPT, "专职", students, note);
    }

    private static List<List<Object>> sheet(List<Object> row) {
        return List.of(new ArrayList<>(HEADER), row);
    }

    record Case(String name, Path file) {
    }

    private static Path f(String name) {
        return dir.resolve(name);
    }

    static List<Case> cases() throws Exception {
        List<Case> c = new ArrayList<>();
        String[] controls = {"\u001B[2J", "\u0007", "\u0000", "\t", "\n", "\u200B", "\u202E", "\u2066", "\uFEFF",
                "\u007F", "\u0085", "\u200F"};
        for (int i = 0; i < controls.length; i++) {
            // As Excel writes them: the characters XML cannot carry as _x001B_, the others as they are.
            StringBuilder escaped = new StringBuilder();
            for (char ch : controls[i].toCharArray()) {
                boolean xml = ch == '\t' || ch == '\n' || ch >= 0x20 && ch != 0x7F && ch != 0x85;
                escaped.append(xml ? String.valueOf(ch) : String.format("_x%04X_", (int) ch));
            }
            c.add(new Case("xlsx control character U+" + Integer.toHexString(controls[i].charAt(0)),
                    HostileFiles.xlsx(f("ctl" + i + ".xlsx"), null, sheetXml("", "<row r=\"2\">"
                            + inline("A2", "张" + escaped.toString().replace("[", "[") + "伟") + inline("B2", ID)
                            + inline("C2", DEPT) + inline("D2", "专职") + "</row>"), null)));
        }
        c.add(new Case("xlsx tab and zero-width space written by POI", HostileFiles.workbook(f("ctlpoi.xlsx"),
                sheet(row("张\t\u200B伟", ID, 100, null)))));
        c.add(new Case("xls control character", HostileFiles.workbook(f("ctl.xls"),
                sheet(row("张\u001B]0;pwned\u0007伟", ID, 100, null)))));
        c.add(new Case("control character in the department", HostileFiles.workbook(f("ctldept.xlsx"), List.of(
                new ArrayList<>(HEADER), Arrays.asList("张伟", ID, "计算\u001B机系", "专职", 100, null)))));
        for (Object n : new Object[]{1e308, 2147483648.0, -5, 12.5, "很多", "1e308", "2147483648", Double.MIN_VALUE}) {
            c.add(new Case("xlsx 所带学生数 " + n, HostileFiles.workbook(f("num" + c.size() + ".xlsx"),
                    sheet(row("张伟", ID, n, null)))));
        }
        c.add(new Case("xls 所带学生数 1e308", HostileFiles.workbook(f("num.xls"), sheet(row("张伟", ID, 1e308, null)))));
        c.add(new Case("formula without cached value", HostileFiles.xlsx(f("formula.xlsx"), null, sheetXml("",
                "<row r=\"2\">" + inline("A2", "张伟") + inline("B2", ID) + inline("C2", DEPT) + inline("D2", "专职")
                        + "<c r=\"E2\"><f>120+80</f></c></row>"), null)));
        c.add(new Case("formula text without cached value", HostileFiles.xlsx(f("formula2.xlsx"), null, sheetXml("",
                "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>\"张\"&amp;\"伟\"</f></c>" + inline("B2", ID) + inline("C2", DEPT)
                        + inline("D2", "专职") + "</row>"), null)));
        String huge = "张".repeat(100_000);
        c.add(new Case("xlsx name of 100,000 characters", HostileFiles.xlsx(f("huge.xlsx"), null, sheetXml("",
                "<row r=\"2\">" + inline("A2", huge) + inline("B2", ID) + inline("C2", DEPT) + inline("D2", "专职")
                        + "</row>"), null)));
        c.add(new Case("csv name of 100,000 characters", Files.writeString(f("huge.csv"),
                String.join(",", HEADER) + "\n" + huge + "," + ID + "," + DEPT + ",专职,100,\n")));
        c.add(new Case("name of 51 characters", HostileFiles.workbook(f("long.xlsx"), sheet(row("张".repeat(51), ID, 1, null)))));
        c.add(new Case("ID number as a number", HostileFiles.workbook(f("idnum.xlsx"), sheet(row("张伟", 6.10104199003071E17, 1, null)))));
        c.add(new Case("ID number masked", HostileFiles.workbook(f("idmask.xlsx"), sheet(row("张伟", "610104********071X", 1, null)))));
        c.add(new Case("ID number check digit", HostileFiles.workbook(f("idcheck.xlsx"),
                sheet(row("张伟", ID.substring(0, 17) + (ID.endsWith("0") ? "1" : "0"), 1, null)))));
        c.add(new Case("unknown department", HostileFiles.workbook(f("dept.xlsx"), List.of(new ArrayList<>(HEADER),
                Arrays.asList("张伟", ID, "不存在系", "专职", 1, null)))));
        List<Object> dupName = new ArrayList<>(HEADER);
        dupName.add("姓名");
        c.add(new Case("duplicated header 姓名", HostileFiles.workbook(f("dup1.xlsx"), List.of(dupName,
                Arrays.asList("张伟", ID, DEPT, "专职", 1, null, "李娜")))));
        List<Object> dupId = new ArrayList<>(HEADER);
        dupId.set(5, "身份证号码");
        c.add(new Case("duplicated header 身份证号", HostileFiles.workbook(f("dup2.xls"), List.of(dupId,
                Arrays.asList("张伟", ID, DEPT, "专职", 1, ID)))));
        c.add(new Case("csv duplicated header", Files.writeString(f("dup.csv"),
                "姓名,身份证号,系部,姓名\n张伟," + ID + "," + DEPT + ",李娜\n")));
        c.add(new Case("missing 身份证号 column", HostileFiles.workbook(f("noid.xlsx"), List.of(
                List.of("姓名", "系部", "岗位类型"), List.of("张伟", DEPT, "专职")))));
        c.add(new Case("no header", HostileFiles.workbook(f("nohead.xlsx"), List.of(List.of(1, 2, 3), List.of(4, 5, 6)))));
        c.add(new Case("workbook without a sheet", HostileFiles.xlsx(f("nosheet.xlsx"), HostileFiles.workbookXml(""),
                sheetXml(""), null)));
        c.add(new Case("xlsx hidden sheet only", HostileFiles.xlsx(f("hidden.xlsx"),
                HostileFiles.workbookXml("<sheet name=\"名单\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"),
                sheetXml(""), null)));
        c.add(new Case("xls hidden sheet only", HostileFiles.hiddenXls(f("hidden.xls"))));
        c.add(new Case("XXE in the sheet", HostileFiles.xlsx(f("xxe.xlsx"), null, sheetXml(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                "<row r=\"2\">" + inline("A2", "&e;") + inline("B2", ID) + "</row>"), null)));
        c.add(new Case("XXE in the workbook", HostileFiles.xlsx(f("xxe2.xlsx"),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + HostileFiles.workbookXml("<sheet name=\"&e;\" sheetId=\"1\" r:id=\"rId1\"/>").substring(38),
                sheetXml(""), null)));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"lollollollollollollollollollol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>";
        c.add(new Case("billion laughs in the shared strings", HostileFiles.xlsx(f("laughs.xlsx"), null, sheetXml("",
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>" + inline("B2", ID) + "</row>"),
                laughs + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&g;</t></si></sst>")));
        c.add(new Case("billion laughs in the sheet", HostileFiles.xlsx(f("laughs2.xlsx"), null, sheetXml(laughs,
                "<row r=\"2\">" + inline("A2", "&g;") + "</row>"), null)));
        c.add(new Case("zip bomb", HostileFiles.zipBomb(f("bomb.xlsx"), 64)));
        c.add(new Case("shared string out of range", HostileFiles.xlsx(f("sst.xlsx"), null, sheetXml("",
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>999</v></c>" + inline("B2", ID) + "</row>"), null)));
        c.add(new Case("number cell holding text", HostileFiles.xlsx(f("nan.xlsx"), null, sheetXml("",
                "<row r=\"2\">" + inline("A2", "张伟") + inline("B2", ID) + "<c r=\"E2\"><v>abc</v></c></row>"), null)));
        c.add(new Case("cell far beyond the last column", HostileFiles.xlsx(f("far.xlsx"), null, sheetXml("",
                "<row r=\"2\">" + inline("A2", "张伟") + inline("ZZZZZZZ2", "x") + "</row>"), null)));
        c.add(new Case("row number out of range", HostileFiles.xlsx(f("rownum.xlsx"), null, sheetXml("",
                "<row r=\"99999999999\">" + inline("A2", "张伟") + "</row>"), null)));
        c.add(new Case("sheet XML not well formed", HostileFiles.xlsx(f("broken.xlsx"), null, "<worksheet><sheetData><row>", null)));
        Path good = HostileFiles.workbook(f("good.xlsx"), sheet(row("张伟", ID, 1, null)));
        byte[] goodBytes = Files.readAllBytes(good);
        c.add(new Case("truncated xlsx", Files.write(f("truncated.xlsx"), Arrays.copyOf(goodBytes, goodBytes.length / 2))));
        c.add(new Case("xlsx cut to its first bytes", Files.write(f("cut.xlsx"), Arrays.copyOf(goodBytes, 40))));
        Path goodXls = HostileFiles.workbook(f("good.xls"), sheet(row("张伟", ID, 1, null)));
        byte[] xlsBytes = Files.readAllBytes(goodXls);
        c.add(new Case("truncated xls", Files.write(f("truncated.xls"), Arrays.copyOf(xlsBytes, xlsBytes.length / 2))));
        Random random = new Random(12);
        for (String ext : new String[]{"xlsx", "xls", "csv"}) {
            byte[] bytes = new byte[20_000];
            random.nextBytes(bytes);
            c.add(new Case("random bytes ." + ext, Files.write(f("random." + ext), bytes)));
        }
        c.add(new Case("empty file", Files.write(f("empty.xlsx"), new byte[0])));
        c.add(new Case("PDF renamed", Files.writeString(f("pdf.xlsx"), "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF")));
        c.add(new Case("encrypted workbook", HostileFiles.ole2(f("encrypted.xlsx"), "EncryptionInfo", "EncryptedPackage")));
        c.add(new Case("Word file renamed", HostileFiles.ole2(f("word.xls"), "WordDocument")));
        c.add(new Case("zip of a photo renamed", HostileFiles.zip(f("photo.xlsx"), java.util.Map.of("photo.jpg", "xyz"))));
        c.add(new Case("csv control character", Files.writeString(f("ctl.csv"),
                String.join(",", HEADER) + "\n张\u001B[31m伟," + ID + "," + DEPT + ",专职,1,\n")));
        c.add(new Case("csv quoted line break in the name", Files.writeString(f("nl.csv"),
                String.join(",", HEADER) + "\n\"张\n伟\"," + ID + "," + DEPT + ",专职,1,\n")));
        c.add(new Case("csv 2147483648 students", Files.writeString(f("big.csv"),
                String.join(",", HEADER) + "\n张伟," + ID + "," + DEPT + ",专职,2147483648,\n")));
        c.add(new Case("csv in UTF-16", Files.write(f("utf16.csv"), (String.join(",", HEADER) + "\n张伟," + ID + "\n")
                .getBytes(StandardCharsets.UTF_16))));
        c.add(new Case("csv in GBK with a bell", Files.write(f("gbk.csv"), (String.join(",", HEADER) + "\n张\u0007伟," + ID
                + "," + DEPT + ",专职,1,\n").getBytes(Charset.forName("GBK")))));
        c.add(new Case("web page with tables nested 100,000 deep", Files.writeString(f("nested.xls"),
                "<html><body>" + "<table><tr><td>".repeat(100_000))));
        c.add(new Case("web page with a name of 100,000 characters", Files.writeString(f("hugecell.xls"),
                "<table><tr><td>" + String.join("</td><td>", HEADER) + "</td></tr><tr><td>" + huge + "</td><td>" + ID
                        + "</td><td>" + DEPT + "</td><td>专职</td></tr></table>")));
        c.add(new Case("web page with a control character", Files.writeString(f("ctl.htm"),
                "<table><tr><td>" + String.join("<td>", HEADER) + "<tr><td>张&#27;[2J伟<td>" + ID + "<td>" + DEPT
                        + "<td>专职</table>")));
        c.add(new Case("SpreadsheetML billion laughs", Files.writeString(f("laughs.xml"),
                "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>" + laughs.substring(21)
                        + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell>"
                        + "<Data>&g;</Data></Cell></Row></Table></Worksheet></Workbook>")));
        c.add(new Case("ods with XXE", HostileFiles.zip(f("xxe.ods"), java.util.Map.of("mimetype",
                "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))));
        c.add(new Case("PNG renamed", Files.write(f("photo.xls"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})));
        c.add(new Case("a folder named like a workbook", Files.createDirectories(f("folder.xlsx"))));
        c.add(new Case("no such file", f("missing.xlsx")));
        return c;
    }

    @TestFactory
    @Timeout(600)
    Stream<DynamicTest> everyHostileFileIsRefusedPlainlyAndChangesNothing() throws Exception {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        // The same row without its fault imports: each case is refused for its own fault.
        Result good = LauncherTest.run("--data-dir", data.toString(), "import", "roster", f("good.xlsx").toString(),
                "--dry-run");
        assertThat(good.exitCode()).as(good.out() + good.err()).isZero();
        assertThat(good.out()).contains("新增 1 人");
        String before = dump(data);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Result r = LauncherTest.run("--data-dir", data.toString(), "import", "roster", c.file().toString());
            String all = r.out() + r.err();
            assertThat(r.exitCode()).as(c.name() + ": " + all).isNotZero();
            assertThat(all).as(c.name()).containsPattern("\\p{IsHan}")
                    .doesNotContain("\tat ").doesNotContain("Exception").doesNotContainPattern("[A-Z][a-z]+Error")
                    .doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u0000").doesNotContain("\u202E")
                    .doesNotContain("文件已损坏或格式不对，无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试\n找不到工作表");
            assertThat(all.length()).as(c.name() + ": a message, not the file echoed").isLessThan(5_000);
            assertThat(dump(data)).as(c.name() + ": data unchanged").isEqualTo(before);
        }));
    }
}
