package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditQuery;
import cn.huyang.app.AppContext;
import cn.huyang.app.StudentsModule;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.students.Student;
import cn.huyang.students.StudentFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student list from xlsx: checked whole, a stored 学号 updated, any refusal and nothing written (H2, or PostgreSQL). */
class StudentImportTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");
    static final List<Object> HEADER = List.of("学号", "姓名", "性别", "民族", "班级", "系部", "宿舍", "联系电话",
            "家长联系方式", "辅导员");

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    StudentsModule s;
    Counselor a1;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"), CLOCK);
        ctx = new AppContext(db, ZH, CLOCK);
        s = StudentsModule.of(ctx);
        long dept = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
        LocalDate in = LocalDate.of(2019, 9, 1);
        a1 = ctx.roster().register(TestData.counselor("甲一", dept, PostType.FULL_TIME, 11, in), in);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path sheet(String name, List<List<Object>> rows) throws Exception {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("2024 级学生名单"));
        all.add(HEADER);
        all.addAll(rows);
        return TestSheets.xlsx(dir.resolve(name), "学生名单", all);
    }

    @Test
    void aGoodListGoesInAndAStoredNumberIsUpdated() throws Exception {
        s.students().save(new Student(null, "2024010102", "李娜", Gender.FEMALE, null, "旧班级", a1.departmentId(), null,
                null, null, null, 0));
        Path file = sheet("good.xlsx", List.of(
                List.of("2024010101", "王芳", "女", "汉族", "计算机2401班", "计算机系", "3号楼201", "13912345678",
                        "13800001111（母亲）", "甲一"),
                List.of("2024010102", "李娜", "女", "维吾尔族", "计算机2401班", "计算机系", "", "", "", a1.idNumber())));
        StudentImportPreview p = s.importer().preview(file, null, () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.created()).isEqualTo(1);
        assertThat(p.updated()).isEqualTo(1);
        ImportOutcome o = s.importer().apply(p);
        assertThat(o.created()).isEqualTo(1);
        assertThat(o.updated()).isEqualTo(1);
        List<Student> all = s.students().students(null, null);
        assertThat(all).extracting(Student::studentNo).containsExactly("2024010101", "2024010102");
        assertThat(all).allSatisfy(x -> {
            assertThat(x.className()).isEqualTo("计算机2401班");
            assertThat(x.counselorId()).isEqualTo(a1.id());
        });
        StudentFile file1 = s.students().openFile(all.get(0).id());
        assertThat(file1.student().phone()).isEqualTo("13912345678");
        assertThat(file1.student().parentContact()).isEqualTo("13800001111（母亲）");
        assertThat(ctx.audit().find(AuditQuery.all())).filteredOn(e -> e.action().equals("IMPORT")).hasSize(1);
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingRowAndColumn() throws Exception {
        Path file = sheet("bad.xlsx", List.of(
                List.of("2024010101", "王芳", "女", "汉族", "计算机2401班", "计算机系", "", "13912345678", "", "甲一"),
                List.of("2024010103", "赵六", "女", "汉族", "计算机2401班", "计算机系", "", "12345", "", "甲一"),
                List.of("2024010104", "钱七", "男", "汉族", "计算机2401班", "外语系", "", "", "", "无此人")));
        StudentImportPreview p = s.importer().preview(file, null, () -> false);
        assertThat(p.refusedRows()).isEqualTo(2);
        assertThat(p.refused()).anySatisfy(r -> {
            assertThat(r.row()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("联系电话");
            assertThat(r.reason()).contains("11 位手机号");
        });
        assertThat(p.refused()).anySatisfy(r -> {
            assertThat(r.row()).isEqualTo(5);
            assertThat(r.column()).isEqualTo("系部");
            assertThat(r.reason()).isEqualTo("没有名为“外语系”的系部");
        });
        assertThat(p.refused()).anySatisfy(r -> assertThat(r.column()).isEqualTo("辅导员"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.importer().apply(p))
                .isInstanceOf(IllegalStateException.class);
        assertThat(s.students().students(null, null)).isEmpty();
        assertThat(ctx.audit().find(AuditQuery.all())).noneMatch(e -> e.action().equals("IMPORT"));
    }

    @Test
    void theTemplateReadsBackWithItsExampleRowPassedOver() throws Exception {
        Path file = dir.resolve("template.xlsx");
        new StudentTemplate(ctx.roster(), ZH).write(file);
        StudentImportPreview p = s.importer().preview(file, null, () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).isEmpty();
    }
}
