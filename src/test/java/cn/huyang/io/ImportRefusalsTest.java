package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Department;
import cn.huyang.roster.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, items 3, 4 and 9: values never silently wrong, control characters refused, each naming its cell. */
class ImportRefusalsTest {
    static final String ID = TestData.id(LocalDate.of(1990, 5, 17), true, 1);
    static final List<Object> HEADER = Arrays.asList("姓名", "身份证号", "系部", "岗位类型", "所带学生数", "备注");

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    Messages m = Messages.forLanguage("zh");

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, m, RobustnessTest.CLOCK);
        ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RosterImportPreview preview(Path file) {
        return ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false);
    }

    private String refusedFile(Path file) {
        Throwable t = catchThrowable(() -> preview(file));
        assertThat(t).isInstanceOf(SpreadsheetException.class);
        return ((SpreadsheetException) t).render(m);
    }

    private Path sheet(String name, Object students) throws Exception {
        return TestSheets.xlsx(dir.resolve("f.xlsx"), "名单", List.of(HEADER,
                Arrays.asList(name, ID, "计算机系", "专职", students, null)));
    }

    @Test
    void outOfRangeCountsAreRefusedNotClamped() throws Exception {
        for (Object n : new Object[]{1e308, 2147483648.0, 100_001, 12.5, -1}) {
            RosterImportPreview p = preview(sheet("张伟", n));
            assertThat(p.rows()).as(String.valueOf(n)).isEmpty();
            assertThat(p.refused()).singleElement().satisfies(r -> {
                assertThat(r.row()).isEqualTo(2);
                assertThat(r.column()).isEqualTo("所带学生数");
            });
        }
        Path csv = Files.writeString(dir.resolve("f.csv"), "姓名,身份证号,系部,岗位类型,所带学生数\n张伟," + ID
                + ",计算机系,专职,2147483648\n");
        assertThat(preview(csv).refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("请输入 0—100000 之间的整数"));
        assertThat(preview(sheet("张伟", 120)).rows().get(0).counselor().studentsInCharge()).isEqualTo(120);
    }

    @Test
    void aFormulaWithoutItsResultIsRefusedNamingTheCell() throws Exception {
        Path file = dir.resolve("formula.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] good = Files.readAllBytes(sheet("张伟", 1));
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (e.getName().endsWith("sheet1.xml")) {
                        text = text.replaceAll("<c r=\"E2\"([^>]*)><v>1.0</v></c>", "<c r=\"E2\"$1><f>120+80</f></c>");
                        assertThat(text).contains("<f>120+80</f>");
                    }
                    out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(refusedFile(file)).startsWith("第 2 行 E 列是公式，但文件中没有保存计算结果");
        assertThat(ctx.roster().counselors()).isEmpty();
    }

    @Test
    void controlCharactersInANameAreRefusedNamingTheCellAndStrippedFromANote() throws Exception {
        for (String c : new String[]{"\u001B[2J", "\u0007", "\u0000", "\t", "\n", "\u200B", "\u202E"}) {
            // CSV carries every character as it is; an xlsx the ones XML allows (POI writes ESC as "?").
            Path csv = Files.writeString(dir.resolve("c.csv"), "姓名,身份证号,系部,岗位类型\n\"张" + c + "伟\"," + ID
                    + ",计算机系,专职\n");
            assertThat(preview(csv).refused()).as(c).singleElement().satisfies(r -> {
                assertThat(r.row()).isEqualTo(2);
                assertThat(r.column()).isEqualTo("姓名");
            });
            if (c.charAt(0) < 0x20 && c.charAt(0) != '\t' && c.charAt(0) != '\n') {
                continue;
            }
            RosterImportPreview p = preview(sheet("张" + c + "伟", 1));
            assertThat(p.rows()).isEmpty();
            assertThat(p.refused()).singleElement().satisfies(r -> {
                assertThat(r.row()).isEqualTo(2);
                assertThat(r.column()).isEqualTo("姓名");
                assertThat(r.reason()).startsWith("含有不可见的控制字符 U+");
            });
        }
        Path file = Files.writeString(dir.resolve("note.csv"), "姓名,身份证号,系部,岗位类型,备注\n张伟," + ID
                + ",计算机系,专职,\"第一行\n第二行\u001B[31m\u202E\"\n");
        ctx.rosterImport().apply(preview(file), false);
        assertThat(ctx.roster().counselors()).singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("第一行 第二行[31m"));
    }

    @Test
    void excelsEscapesForCharactersXmlCannotCarryAreDecodedAndSoRefused() {
        assertThat(XlsxSheetHandler.unescape("张_x001B_[2J伟")).isEqualTo("张\u001B[2J伟");
        assertThat(XlsxSheetHandler.unescape("a_x005F_x0041_b")).isEqualTo("a_x0041_b");
        assertThat(XlsxSheetHandler.unescape("张伟")).isEqualTo("张伟");
    }

    @Test
    void aHugeCellNamesItsRowColumnAndTheLimit() throws Exception {
        Path csv = Files.writeString(dir.resolve("huge.csv"), "姓名,身份证号,系部,岗位类型\n" + "张".repeat(100_000) + ","
                + ID + ",计算机系,专职\n");
        assertThat(refusedFile(csv)).isEqualTo("第 2 行 A 列有 100000 个字，超过一个单元格最多 32767 个字的上限。请检查该单元格");
    }

    @Test
    void aWorkbookWithoutAVisibleSheetSaysSo() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("hidden.xlsx"), "名单", List.of(HEADER));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            wb.createSheet("另一个");
            wb.setActiveSheet(1);
            wb.setSheetHidden(0, true);
            wb.setSheetHidden(1, true);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(refusedFile(file)).isEqualTo("hidden.xlsx 中没有可用的工作表（文件中没有工作表，或工作表都已隐藏）");
    }

    @Test
    void aDuplicatedHeaderColumnIsRefusedNamingBoth() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("dup.xlsx"), "名单", List.of(
                Arrays.asList("姓名", "身份证号", "系部", "岗位类型", "姓名"),
                Arrays.asList("张伟", ID, "计算机系", "专职", "李娜")));
        assertThat(refusedFile(file)).isEqualTo("表头中“姓名”出现了两次：A 列和 E 列。请删除或改名其中一列后再导入");
    }
}
