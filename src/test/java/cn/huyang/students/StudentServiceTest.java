package cn.huyang.students;

import static cn.huyang.students.StudentFixture.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.common.ValidationException;
import cn.huyang.db.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The student list and files on a real database migrated by Flyway (H2, or PostgreSQL): rights, audit, sealing. */
class StudentServiceTest {
    @TempDir
    Path dir;
    StudentFixture f;
    Student inA1;
    Student inA2;
    Student inB;

    @BeforeEach
    void open() {
        f = new StudentFixture(TestStores.open(dir.resolve("data"), StudentFixture.CLOCK));
        StudentService s = f.s.students();
        inA1 = s.save(student("2024010101", "王芳", f.deptA, f.a1.id()));
        inA2 = s.save(student("2024010102", "李娜", f.deptA, f.a2.id()));
        inB = s.save(student("2024020101", "张伟", f.deptB, f.b1.id()));
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private static List<String> names(List<Student> list) {
        return list.stream().map(Student::name).toList();
    }

    @Test
    void eachRoleReadsTheStudentsItReaches() {
        assertThat(names(f.as(Role.OFFICE).students().students(null, null))).containsExactlyInAnyOrder("王芳", "李娜", "张伟");
        assertThat(names(f.as(Role.DEPARTMENT).students().students(null, null))).containsExactlyInAnyOrder("王芳", "李娜");
        assertThat(names(f.as(Role.COUNSELOR).students().students(null, null))).containsExactly("王芳");
        assertThat(f.as(Role.LEADER).students().students(null, null)).isEmpty();
        assertThat(f.as(Role.PERSONNEL).students().students(null, null)).isEmpty();
        // the list carries no sealed contact
        assertThat(f.as(Role.OFFICE).students().students(null, "王芳")).singleElement()
                .satisfies(x -> assertThat(x.phone()).isNull());
        assertThat(names(f.as(Role.OFFICE).students().students("2401", "2024"))).hasSize(3);
    }

    @Test
    void writesNeedTheRightForTheStudent() {
        StudentService dept = f.as(Role.DEPARTMENT).students();
        assertThatThrownBy(() -> dept.save(student("2024020102", "赵六", f.deptB, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(dept.save(student("2024010103", "赵六", f.deptA, null)).id()).isNotNull();
        StudentService counselor = f.as(Role.COUNSELOR).students();
        assertThatThrownBy(() -> counselor.save(student("2024010104", "钱七", f.deptA, f.a2.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(counselor.save(student("2024010104", "钱七", f.deptA, f.a1.id())).id()).isNotNull();
        // moving a colleague's student to oneself is refused too
        Student theirs = f.s.students().openFile(inA2.id()).student();
        assertThatThrownBy(() -> counselor.save(new Student(theirs.id(), theirs.studentNo(), theirs.name(),
                theirs.gender(), null, theirs.className(), f.deptA, null, null, null, f.a1.id(), theirs.version())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.as(Role.LEADER).students().save(student("2024010105", "孙八", f.deptA, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> counselor.saveSection(inA2.id(), FilePart.FAMILY, "x", 0))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aDepartmentUserCannotOpenAnotherDepartmentsFileAndEveryOpeningIsAudited() {
        StudentService dept = f.as(Role.DEPARTMENT).students();
        assertThatThrownBy(() -> dept.openFile(inB.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.as(Role.COUNSELOR).students().openFile(inA2.id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.as(Role.LEADER).students().openFile(inA1.id()))
                .isInstanceOf(NotPermittedException.class);
        StudentFile file = dept.openFile(inA1.id());
        dept.openFile(inA1.id());
        assertThat(file.student().phone()).isEqualTo("13912345678");
        assertThat(file.student().parentContact()).isEqualTo("13800001111（母亲）");
        assertThat(file.sections()).extracting(FileSection::part).containsExactly(FilePart.values());
        List<AuditEntry> views = f.ctx.audit().find(AuditQuery.all()).stream()
                .filter(e -> e.action().equals("VIEW_FILE")).toList();
        assertThat(views).hasSize(2).allSatisfy(e -> {
            assertThat(e.userName()).isEqualTo("u_department");
            assertThat(e.entity()).isEqualTo("student");
            assertThat(e.entityId()).isEqualTo(String.valueOf(inA1.id()));
        });
        // the refused openings left no row
        assertThat(views).noneMatch(e -> e.entityId().equals(String.valueOf(inB.id())));
    }

    @Test
    void sealedColumnsHoldNoPlainText() {
        StudentService s = f.s.students();
        s.saveSection(inA1.id(), FilePart.MENTAL_HEALTH, "心理测评：焦虑倾向，需持续关注", 0);
        f.s.attention().open(new Attention(null, inA1.id(), AttentionCategory.PSYCHOLOGICAL, 1, "失眠三周",
                "每周谈心", f.a1.id(), StudentFixture.TODAY.minusDays(3), AttentionStatus.ACTIVE, null, null, 0));
        var row = f.db.dsl().fetchOne("select phone, parent_contact, name from student where id = ?", inA1.id());
        assertThat(row.get(0, String.class)).isNotEqualTo("13912345678").doesNotContain("13912345678").startsWith("g1:");
        assertThat(row.get(1, String.class)).doesNotContain("13800001111").doesNotContain("母亲");
        assertThat(row.get(2, String.class)).isEqualTo("王芳"); // the name stays plain: lists sort by it
        String body = f.db.dsl().fetchOne("select body from student_file_part where student_id = ?", inA1.id())
                .get(0, String.class);
        assertThat(body).isNotEqualTo("心理测评：焦虑倾向，需持续关注").doesNotContain("焦虑");
        var att = f.db.dsl().fetchOne("select reason, measures from student_attention where student_id = ?", inA1.id());
        assertThat(att.get(0, String.class)).doesNotContain("失眠");
        assertThat(att.get(1, String.class)).doesNotContain("谈心");
        // and they open again, under the office's key
        StudentFile file = f.as(Role.OFFICE).students().openFile(inA1.id());
        assertThat(file.section(FilePart.MENTAL_HEALTH).body()).isEqualTo("心理测评：焦虑倾向，需持续关注");
        assertThat(file.attentions()).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("失眠三周"));
        // nothing personal went to the audit log
        assertThat(f.ctx.audit().find(AuditQuery.all())).allSatisfy(e -> assertThat(String.valueOf(e.details()))
                .doesNotContain("13912345678").doesNotContain("焦虑").doesNotContain("失眠").doesNotContain("母亲"));
    }

    @Test
    void impossibleValuesAreRefusedNamingTheField() {
        StudentService s = f.s.students();
        Student bad = new Student(null, "2024#1", "", null, null, "计算机2401班", f.deptA, null, "12345", null, null, 0);
        assertThatThrownBy(() -> s.save(bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).render(StudentFixture.ZH))
                        .contains("学号").contains("姓名").contains("联系电话"));
        assertThatThrownBy(() -> s.save(student("2024010101", "重名", f.deptA, null)))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e)
                        .render(StudentFixture.ZH)).isEqualTo("学号：“2024010101”已存在"));
    }

    @Test
    void aChangeIsSavedAtTheVersionReadAndAPartTwice() {
        StudentService s = f.s.students();
        Student read = s.openFile(inA1.id()).student();
        Student changed = s.save(new Student(read.id(), read.studentNo(), read.name(), read.gender(), read.ethnicity(),
                "计算机2402班", read.departmentId(), read.dormitory(), "13700000000", null, read.counselorId(),
                read.version()));
        assertThat(changed.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> s.save(read)).isInstanceOf(cn.huyang.common.StaleRecordException.class);
        FileSection one = s.saveSection(inA1.id(), FilePart.ACADEMIC, "GPA 3.2", 0);
        s.saveSection(inA1.id(), FilePart.ACADEMIC, "GPA 3.4", one.version());
        StudentFile file = s.openFile(inA1.id());
        assertThat(file.section(FilePart.ACADEMIC).body()).isEqualTo("GPA 3.4");
        assertThat(file.student().phone()).isEqualTo("13700000000");
        assertThat(file.student().parentContact()).isNull();
    }
}
