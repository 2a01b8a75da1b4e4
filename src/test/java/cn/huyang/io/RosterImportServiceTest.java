package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.io.PlannedRow.Action;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Education;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import cn.huyang.roster.TitleRank;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roster import against a real H2 database, from real files written with POI; today is 2025-06-15. */
class RosterImportServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final String ID_A = TestData.id(LocalDate.of(1990, 5, 17), true, 1);
    static final String ID_B = TestData.id(LocalDate.of(1992, 3, 8), false, 2);
    static final String ID_C = TestData.id(LocalDate.of(1988, 11, 30), true, 3);
    static final String ID_D = TestData.id(LocalDate.of(1995, 1, 2), false, 4);
    static final String ID_E = TestData.id(LocalDate.of(1991, 7, 9), true, 5);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    RosterService roster;
    RosterImportService imports;
    Department cs;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        roster = ctx.roster();
        imports = ctx.rosterImport();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        roster.saveDepartment(new Department(null, "JD", "机电系", 2, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static List<Object> r(Object... cells) {
        return Arrays.asList(cells);
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** A title row merged across, a blank row, headers by synonyms in their own order, values as typed. */
    private Path officeFile() throws Exception {
        Path file = dir.resolve("花名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("2025年辅导员");
            TestSheets.fill(wb, s, List.of(
                    r("XX职业技术学院辅导员花名册（2025年）"),
                    r(),
                    r("序号", "姓名", "性别", "身份证号码", "院系", "专兼职", "政治面貌", "学历", "入职时间", "手机号", "出生年月", "职称", "所带学生数", "爱好"),
                    r(1, "张伟", "男", ID_A, "计算机系", "专职", "党员", "硕士研究生", LocalDate.of(2015, 9, 1), 13912345678L, "1990.05", "讲师", 200, "篮球"),
                    r(2, " 李娜 ", "2", fullWidth(ID_B), "机电系", "兼职", "中共党员", "本科", "2018/9/1", "１３９１２３４５６７９", "199203", null, "１５０", null),
                    r(3, "王强", "男", ID_C.toLowerCase(), "计算机系", "专职", "群众", "大学本科", "2016.09.01", null, null, null, null, null),
                    r(4, "赵敏", "女", ID_D, "计算机系", "专职", "团员", "硕士", "2019年9月1日", null, null, "助教", 0, null),
                    r(5, "孙磊", "1", ID_E, "机电系", "专职", "中共党员", "博士研究生", "20200901", null, null, null, null, null),
                    r(), r()));
            TestSheets.mergeTitle(s, 13);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void findsTheHeaderBelowTheTitleMapsSynonymsAndReadsValuesAsOfficesTypeThem() throws Exception {
        RosterImportPreview p = imports.preview(officeFile(), ImportOptions.defaults(), () -> false);

        assertThat(p.sheet()).isEqualTo("2025年辅导员");
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.refused()).isEmpty();
        assertThat(p.columns()).extracting(ImportColumn::header, ImportColumn::field).contains(
                tuple("身份证号码", RosterField.ID_NUMBER), tuple("院系", RosterField.DEPARTMENT),
                tuple("专兼职", RosterField.POST_TYPE), tuple("入职时间", RosterField.ENTRY_DATE),
                tuple("手机号", RosterField.PHONE), tuple("出生年月", RosterField.BIRTH_DATE),
                tuple("序号", null), tuple("爱好", null));
        assertThat(p.rows()).extracting(PlannedRow::row, PlannedRow::action)
                .containsExactly(tuple(4, Action.NEW), tuple(5, Action.NEW), tuple(6, Action.NEW), tuple(7, Action.NEW),
                        tuple(8, Action.NEW));
        Counselor zhang = p.rows().get(0).counselor();
        assertThat(zhang.entryDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(zhang.phone()).isEqualTo("13912345678");
        assertThat(zhang.birthDate()).as("出生年月 1990.05 agrees with the ID number: its day is taken")
                .isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(zhang.politicalStatus()).isEqualTo(PoliticalStatus.CPC_MEMBER);
        assertThat(zhang.title()).isEqualTo(TitleRank.LECTURER);
        assertThat(zhang.studentsInCharge()).isEqualTo(200);
        Counselor li = p.rows().get(1).counselor();
        assertThat(li.name()).isEqualTo("李娜");
        assertThat(li.idNumber()).isEqualTo(ID_B);
        assertThat(li.gender()).isEqualTo(Gender.FEMALE);
        assertThat(li.postType()).isEqualTo(PostType.PART_TIME);
        assertThat(li.education()).isEqualTo(Education.BACHELOR);
        assertThat(li.entryDate()).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(li.phone()).isEqualTo("13912345679");
        assertThat(li.studentsInCharge()).isEqualTo(150);
        assertThat(p.rows().get(2).counselor().idNumber()).isEqualTo(ID_C.toUpperCase());
        assertThat(p.rows().get(2).counselor().entryDate()).isEqualTo(LocalDate.of(2016, 9, 1));
        assertThat(p.rows().get(3).counselor().entryDate()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(p.rows().get(4).counselor().entryDate()).isEqualTo(LocalDate.of(2020, 9, 1));

        ImportOutcome o = imports.apply(p, false);
        assertThat(o.created()).isEqualTo(5);
        if (TestStores.postgres()) {
            assertThat(o.backup()).as("no copy of the server left on this PC").isNull();
        } else {
            assertThat(Files.exists(db.backups().folder().resolve(o.backup()))).isTrue();
        }
        assertThat(roster.counselors()).extracting(Counselor::name)
                .containsExactlyInAnyOrder("张伟", "李娜", "王强", "赵敏", "孙磊");
    }

    private Path refusedFile() throws Exception {
        return TestSheets.xlsx(dir.resolve("错误.xlsx"), "Sheet1", List.of(
                r("姓名", "性别", "身份证号", "所在系部", "岗位类型", "入职日期"),
                r("张伟", "男", ID_A, "计算机系", "专职", "2015-09-01"),
                r("钱多", "男", 6.10104199003071E17, "计算机系", "专职", "2015-09-01"),
                r("周全", "男", "6.10104199003071E17", "计算机系", "专职", "2015-09-01"),
                r("吴用", "男", ID_C, "外语系", "专职", "2015-13-01"),
                r("郑好", "未知", ID_D, "计算机系", "专职", "2015-09-01"),
                r("冯校", "女", ID_E.substring(0, 17) + (ID_E.charAt(17) == '0' ? '1' : '0'), "计算机系", "专职", null),
                r("陈重", "男", ID_A, "计算机系", "专职", null)));
    }

    @Test
    void everyRefusedRowIsListedWithRowColumnValueAndReasonAndNothingIsWritten() throws Exception {
        RosterImportPreview p = imports.preview(refusedFile(), ImportOptions.defaults(), () -> false);

        assertThat(p.refused()).containsExactly(
                new Refusal(3, "身份证号", "6.10104199003071E17",
                        "Excel 已把身份证号存成了数字（6.10104199003071E17），后几位已经丢失，无法还原。请把该列设置为“文本”格式，再重新输入完整号码"),
                new Refusal(4, "身份证号", "6.10104199003071E17",
                        "Excel 已把身份证号存成了数字（6.10104199003071E17），后几位已经丢失，无法还原。请把该列设置为“文本”格式，再重新输入完整号码"),
                new Refusal(5, "所在系部", "外语系", "系部“外语系”尚未建立。请先新增该系部，或选择在导入时新建缺少的系部"),
                new Refusal(5, "入职日期", "2015-13-01",
                        "“2015-13-01”不是可识别的日期。可写作 1990-05-01、1990/5/1、1990.05.01、1990年5月1日，或 1990.05、199005（只有年月）"),
                new Refusal(6, "性别", "未知", "“未知”不是可选值。可选：男、女"),
                new Refusal(7, "身份证号", ID_E.substring(0, 17) + (ID_E.charAt(17) == '0' ? '1' : '0'),
                        "校验位不符（GB 11643），请逐位核对号码"),
                new Refusal(8, "身份证号", ID_A, "与第 2 行的身份证号重复"));
        assertThat(p.rows()).extracting(PlannedRow::row).containsExactly(2);
        assertThatThrownBy(() -> imports.apply(p, false)).isInstanceOf(IllegalStateException.class);
        assertThat(roster.counselors()).isEmpty();
        assertThat(db.backups().list()).noneMatch(b -> b.kind() == cn.huyang.db.BackupKind.BEFORE_IMPORT);
    }

    @Test
    void skipInvalidImportsTheValidRowsOnly() throws Exception {
        RosterImportPreview p = imports.preview(refusedFile(), ImportOptions.defaults(), () -> false);
        ImportOutcome o = imports.apply(p, true);
        assertThat(o.created()).isEqualTo(1);
        assertThat(o.refusedRows()).isEqualTo(6);
        assertThat(roster.counselors()).extracting(Counselor::name).containsExactly("张伟");
    }

    @Test
    void departmentsAreCreatedOnTheWayWhenTheUserAgrees() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("d.xlsx"), "Sheet1", List.of(
                r("姓名", "身份证号", "部门", "岗位类型"),
                r("吴用", ID_C, "外语系", "专职"),
                r("郑好", ID_D, "外语系", "兼职")));
        RosterImportPreview p = imports.preview(file, new ImportOptions(null, false, true, null), () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.newDepartments()).containsExactly("外语系");
        assertThat(imports.apply(p, false).departmentsCreated()).isEqualTo(1);
        Department fl = roster.departments().stream().filter(d -> d.name().equals("外语系")).findFirst().orElseThrow();
        assertThat(roster.counselors()).allMatch(c -> c.departmentId().equals(fl.id()));
    }

    @Test
    void aCounselorOnTheRosterIsUpdatedOrSkippedAndThePreviewSaysWhatChanges() throws Exception {
        Counselor stored = roster.register(TestData.counselor("张伟", cs.id(), PostType.FULL_TIME, 7),
                LocalDate.of(2020, 9, 1));
        Path file = TestSheets.xlsx(dir.resolve("u.xlsx"), "Sheet1", List.of(
                r("姓名", "身份证号", "系部", "岗位类型", "联系电话"),
                r("张伟", stored.idNumber(), "计算机系", "专职", "13800000000"),
                r("李娜", ID_B, "机电系", "兼职", null)));

        RosterImportPreview skip = imports.preview(file, ImportOptions.defaults(), () -> false);
        assertThat(skip.rows()).extracting(PlannedRow::action).containsExactly(Action.SKIP, Action.NEW);

        RosterImportPreview update = imports.preview(file, new ImportOptions(null, true, false, null), () -> false);
        assertThat(update.rows()).extracting(PlannedRow::action).containsExactly(Action.UPDATE, Action.NEW);
        assertThat(update.rows().get(0).changes())
                .containsExactly(new PlannedRow.Change("联系电话", "13912345678", "13800000000"));
        imports.apply(update, false);
        Counselor after = roster.counselor(stored.id()).orElseThrow();
        assertThat(after.phone()).isEqualTo("13800000000");
        assertThat(after.major()).as("a column the file lacks keeps its stored value").isEqualTo(stored.major());
        assertThat(roster.counselors()).hasSize(2);
    }

    @Test
    void aFailureWhileWritingRollsTheWholeImportBack() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("t.xlsx"), "Sheet1", List.of(
                r("姓名", "身份证号", "系部", "岗位类型"),
                r("吴用", ID_C, "外语系", "专职"),
                r("郑好", ID_D, "计算机系", "兼职")));
        RosterImportPreview p = imports.preview(file, new ImportOptions(null, false, true, null), () -> false);
        // between the preview and the write, someone registers the second row's ID number
        roster.register(cn.huyang.roster.TestData.counselor("别人", cs.id(), PostType.FULL_TIME, 9)
                .withIdentity(ID_D, Gender.FEMALE, null), LocalDate.of(2020, 9, 1));
        assertThatThrownBy(() -> imports.apply(p, false)).isInstanceOf(ValidationException.class);
        assertThat(roster.counselors()).extracting(Counselor::name).containsExactly("别人");
        assertThat(roster.departments()).extracting(Department::name).doesNotContain("外语系");
    }

    @Test
    void csvInGbkAndInUtf8WithBom() throws Exception {
        String text = "姓名,身份证号,系部,岗位类型,入职日期\r\n\"张伟\",\"" + ID_A + "\",计算机系,专职,2015年9月1日\r\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        for (Path f : List.of(gbk, bom)) {
            RosterImportPreview p = imports.preview(f, ImportOptions.defaults(), () -> false);
            assertThat(p.refused()).as(f.toString()).isEmpty();
            assertThat(p.rows()).singleElement().satisfies(row -> {
                assertThat(row.counselor().name()).isEqualTo("张伟");
                assertThat(row.counselor().entryDate()).isEqualTo(LocalDate.of(2015, 9, 1));
            });
        }
    }

    @Test
    void unreadableFilesGetAClearReason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "这不是表格");
        Path noHeader = TestSheets.xlsx(dir.resolve("nh.xlsx"), "Sheet1", List.of(r("a", "b"), r(1, 2)));
        Path noId = TestSheets.xlsx(dir.resolve("noid.xlsx"), "Sheet1", List.of(r("姓名", "性别", "系部")));
        Messages m = ctx.messages();
        assertThatThrownBy(() -> imports.preview(empty, ImportOptions.defaults(), () -> false))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> assertThat(e.render(m)).isEqualTo("文件 empty.xlsx 是空的"));
        assertThatThrownBy(() -> imports.preview(text, ImportOptions.defaults(), () -> false))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> assertThat(e.render(m)).startsWith("notes.xlsx 不是电子表格文件"));
        assertThatThrownBy(() -> imports.preview(noHeader, ImportOptions.defaults(), () -> false))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> assertThat(e.problem()).isEqualTo(SpreadsheetException.Problem.NO_HEADER));
        assertThatThrownBy(() -> imports.preview(noId, ImportOptions.defaults(), () -> false))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> assertThat(e.render(m)).startsWith("缺少“身份证号”列"));
        assertThatThrownBy(() -> imports.preview(noId, new ImportOptions("没有", false, false, null), () -> false))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> assertThat(e.render(m)).isEqualTo("找不到工作表“没有”。可选的工作表：Sheet1"));
    }

    @Test
    void aHiddenFirstSheetIsPassedOver() throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TestSheets.fill(wb, wb.createSheet("隐藏"), List.of(r("x")));
            TestSheets.fill(wb, wb.createSheet("名单"), List.of(r("姓名", "身份证号", "系部", "岗位类型"),
                    r("张伟", ID_A, "计算机系", "专职")));
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(imports.sheets(file)).containsExactly("名单");
        assertThat(imports.preview(file, ImportOptions.defaults(), () -> false).rows()).hasSize(1);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedPlainly() throws Exception {
        Path plain = TestSheets.xlsx(dir.resolve("plain.xlsx"), "Sheet1", List.of(r("姓名", "身份证号", "系部", "岗位类型")));
        Path locked = dir.resolve("加密.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                 OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> imports.preview(locked, ImportOptions.defaults(), () -> false))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.render(ctx.messages()))
                        .isEqualTo("加密.xlsx 设有打开密码。请在 Excel 或 WPS 中取消密码后另存，再导入"));
    }

    @Test
    void anOldXlsWorkbookReadsLikeXlsx() throws Exception {
        Path file = dir.resolve("旧版.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var s = wb.createSheet("花名册");
            s.createRow(0).createCell(0).setCellValue("辅导员名单");
            var h = s.createRow(2);
            String[] headers = {"姓名", "身份证号", "系部", "岗位类型", "入职日期"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            var d = s.createRow(3);
            d.createCell(0).setCellValue("张伟");
            d.createCell(1).setCellValue(ID_A);
            d.createCell(2).setCellValue("计算机系");
            d.createCell(3).setCellValue("专职");
            var date = d.createCell(4);
            date.setCellValue(LocalDate.of(2015, 9, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            var bad = s.createRow(4);
            bad.createCell(0).setCellValue("钱多");
            bad.createCell(1).setCellValue(6.10104199003071E17);
            bad.createCell(2).setCellValue("计算机系");
            bad.createCell(3).setCellValue("专职");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RosterImportPreview p = imports.preview(file, ImportOptions.defaults(), () -> false);
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.rows()).singleElement()
                .satisfies(row -> assertThat(row.counselor().entryDate()).isEqualTo(LocalDate.of(2015, 9, 1)));
        assertThat(p.refused()).extracting(Refusal::row, Refusal::column, Refusal::value)
                .containsExactly(tuple(5, "身份证号", "6.10104199003071E17"));
    }
}
