package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerSort;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table to .xlsx, read back with POI: headers, cell types, frozen header, masked ID numbers. */
class ExportServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    Department cs;
    Counselor zhang;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        RosterService roster = ctx.roster();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        zhang = roster.register(TestData.counselor("张伟", cs.id(), PostType.FULL_TIME, 1), LocalDate.of(2020, 9, 1));
        roster.register(TestData.counselor("李娜", cs.id(), PostType.PART_TIME, 2), LocalDate.of(2021, 9, 1));
        roster.setEnrolment(cs.id(), 2025, 800);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(XSSFSheet sheet, int r) {
        List<String> out = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? null : c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                    : c.getStringCellValue());
        }
        return out;
    }

    @Test
    void rosterHasChineseHeadersTypedCellsAFrozenHeaderAndMaskedIdNumbers() throws Exception {
        Path file = dir.resolve("out/花名册.xlsx");
        int n = ctx.export().roster(file, ctx.export().rosterAsShown(), false);
        assertThat(n).isEqualTo(2);
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("辅导员花名册");
            assertThat(row(sheet, 0)).startsWith("姓名", "性别", "民族", "出生日期", "身份证号", "政治面貌");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("张伟");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("男");
            Cell birth = first.getCell(3);
            assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(zhang.birthDate());
            Cell id = first.getCell(4);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getStringCellValue()).isEqualTo(cn.huyang.common.IdNumber.mask(zhang.idNumber()))
                    .contains("********");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("计算机系");
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("专职");
            assertThat(first.getCell(19).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(19).getNumericCellValue()).isEqualTo(200.0);
            assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(18 * 256);
        }
    }

    @Test
    void rosterWithFullIdNumbersOnlyWhenAsked() throws Exception {
        Path file = dir.resolve("full.xlsx");
        ctx.export().roster(file, ctx.export().rosterAsShown(), true);
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo(zhang.idNumber());
        }
    }

    @Test
    void ratioComplianceLedgerAndScoresExport() throws Exception {
        Path ratio = dir.resolve("ratio.xlsx");
        assertThat(ctx.export().ratio(ratio, 2025)).isEqualTo(2);
        try (XSSFWorkbook wb = read(ratio)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(row(s, 0)).containsExactly("系部", "在校生数", "专职", "兼职", "折合人数", "应配人数", "缺额");
            assertThat(row(s, 1)).containsExactly("计算机系", "800.0", "1.0", "1.0", "1.33", "4.0", "2.67");
            assertThat(row(s, 2).get(0)).isEqualTo("全校合计");
        }
        Path compliance = dir.resolve("compliance.xlsx");
        assertThat(ctx.export().compliance(compliance, 2025)).isEqualTo(1);
        try (XSSFWorkbook wb = read(compliance)) {
            assertThat(row(wb.getSheetAt(0), 1).subList(0, 2)).containsExactly("计算机系", "张伟");
        }
        Path ledger = dir.resolve("ledger.xlsx");
        assertThat(ctx.export().ledger(ledger, LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST)).isZero();
        try (XSSFWorkbook wb = read(ledger)) {
            assertThat(row(wb.getSheetAt(0), 0)).startsWith("所在系部", "姓名", "培训课程");
        }
        Path scores = dir.resolve("scores.xlsx");
        assertThat(ctx.export().scores(scores, 2025, false)).isEqualTo(2);
        try (XSSFWorkbook wb = read(scores)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("2025年考核成绩");
            assertThat(row(s, 0)).contains("学工部", "总分", "排名", "等次");
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).contains("********");
        }
    }
}
