package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.io.SpreadsheetException.Problem;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.TestData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they claim, formulas, and a sheet of 1,048,576 rows: a clear message, never a hang. */
class RobustnessTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final String ID_A = TestData.id(LocalDate.of(1990, 5, 17), true, 1);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    Messages m;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SpreadsheetException refused(Path file) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false));
        assertThat(t).isInstanceOf(SpreadsheetException.class);
        return (SpreadsheetException) t;
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() throws Exception {
        Path good = TestSheets.xlsx(dir.resolve("good.xlsx"), "名单", List.of(
                Arrays.asList("姓名", "身份证号", "系部", "岗位类型"), Arrays.asList("张伟", ID_A, "计算机系", "专职")));
        byte[] bytes = Files.readAllBytes(good);
        Path broken = Files.write(dir.resolve("损坏.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        SpreadsheetException e = refused(broken);
        assertThat(e.problem()).isIn(Problem.CORRUPT, Problem.NOT_SPREADSHEET);
        assertThat(e.render(m)).startsWith("损坏.xlsx ");
        assertThat(ctx.roster().counselors()).isEmpty();
    }

    @Test
    void aZipThatIsNoWorkbookAndATextFileAreRefusedPlainly() throws Exception {
        Path zip = dir.resolve("照片.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("photo.jpg"));
            out.write(new byte[]{1, 2, 3});
            out.closeEntry();
        }
        assertThat(refused(zip).render(m)).startsWith("照片.xlsx ").containsAnyOf("已损坏", "不是电子表格文件");

        Path text = Files.writeString(dir.resolve("名单.xlsx"), "姓名,身份证号\n张伟," + ID_A + "\n");
        SpreadsheetException e = refused(text);
        assertThat(e.problem()).isEqualTo(Problem.NOT_SPREADSHEET);
        assertThat(e.render(m)).isEqualTo(
                "名单.xlsx 不是电子表格文件。请选择 Excel（.xlsx、.xls）、WPS 表格（.et）、OpenDocument（.ods）或 .csv 文件");
    }

    @Test
    void formulasAreReadAsTheirCachedResults() throws Exception {
        Path file = dir.resolve("公式.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            TestSheets.fill(wb, s, List.of(
                    Arrays.asList("姓名", "身份证号", "系部", "岗位类型", "所带学生数", "备注"),
                    Arrays.asList(null, ID_A, "计算机系", "专职", null, null)));
            Row r = s.getRow(1);
            r.createCell(0).setCellFormula("\"张\"&\"伟\"");
            r.createCell(4).setCellFormula("120+80");
            r.createCell(5).setCellFormula("A2&\"（\"&C2&\"）\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RosterImportPreview p = ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false);
        assertThat(p.refused()).isEmpty();
        Counselor c = p.rows().get(0).counselor();
        assertThat(c.name()).isEqualTo("张伟");
        assertThat(c.studentsInCharge()).isEqualTo(200);
        assertThat(c.note()).isEqualTo("张伟（计算机系）");
    }

    @Test
    @Timeout(60)
    void aSheetOfEveryRowExcelHasIsRefusedQuicklyWithTheCap() throws Exception {
        Path file = dir.resolve("百万行.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("名单");
            Row header = s.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            header.createCell(2).setCellValue("系部");
            for (int i = 1; i < 1_048_576; i++) {
                s.createRow(i).createCell(0).setCellValue(i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        long start = System.nanoTime();
        SpreadsheetException e = refused(file);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
        assertThat(e.render(m)).isEqualTo("文件超过 200000 行，不像是一份花名册。请检查是否选错了文件，或分成几个文件导入");
        assertThat(ms).as("refused at the cap, not after reading a million rows").isLessThan(20_000);
        assertThat(ctx.roster().counselors()).isEmpty();
    }

    @Test
    void aSheetWhoseLastRowIsTheMillionthReadsOnlyItsRows() throws Exception {
        Path file = dir.resolve("末行.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("名单");
            Row header = s.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            header.createCell(2).setCellValue("系部");
            header.createCell(3).setCellValue("岗位类型");
            Row one = s.createRow(1);
            one.createCell(0).setCellValue("张伟");
            one.createCell(1).setCellValue(ID_A);
            one.createCell(2).setCellValue("计算机系");
            one.createCell(3).setCellValue("专职");
            s.createRow(1_048_575).createCell(5).setCellValue(" ");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        RosterImportPreview p = ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false);
        assertThat(p.rows()).hasSize(1);
        assertThat(p.refused()).isEmpty();
    }
}
