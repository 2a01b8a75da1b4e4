package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.students.Attention;
import cn.huyang.students.AttentionCategory;
import cn.huyang.students.AttentionStatus;
import cn.huyang.students.Student;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year's findings register (check, 合规提示, the dashboard's card) opens for every role with every
 * module's rules in it — among them ATTENTION_OVERDUE, judged from the work records' contact dates,
 * which a 系统管理员 or 组织人事部 may not read as such — and each role sees what its reach allows (a
 * counselor's account, which reads no roster, none).
 */
class FindingsForEveryRoleTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    @Test
    void everyRoleOpensTheRegisterWithAnOverdueAttentionInIt() {
        try (Store db = TestStores.open(dir.resolve("data"), CLOCK)) {
            AppContext sys = new AppContext(db, ZH, CLOCK);
            long dept = sys.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
            LocalDate in = LocalDate.of(2019, 9, 1);
            Counselor a1 = sys.roster().register(TestData.counselor("甲一", dept, PostType.FULL_TIME, 11, in), in);
            var students = StudentsModule.of(sys);
            Student s = students.students().save(new Student(null, "2025010101", "学生甲", Gender.FEMALE, "汉族",
                    "计算机2501班", dept, "1号楼101", null, null, a1.id(), 0));
            students.attention().open(new Attention(null, s.id(), AttentionCategory.ACADEMIC, 1, "两门不及格", null,
                    a1.id(), LocalDate.of(2026, 6, 1), AttentionStatus.ACTIVE, null, null, 0));

            for (Role role : Role.values()) {
                Actor actor = new Actor(7, "u_" + role.name().toLowerCase(), "测试", role,
                        role == Role.DEPARTMENT || role == Role.COUNSELOR ? dept : null,
                        role == Role.COUNSELOR ? a1.id() : null);
                AppContext user = new AppContext(db, ZH, CLOCK, new Session(actor));
                var register = user.findings().findings(2026);
                if (cn.huyang.access.Permissions.reach(role, cn.huyang.access.Operation.READ).any()) {
                    assertThat(register).as(role.name())
                            .anySatisfy(t -> assertThat(t.finding().code()).isEqualTo("ATTENTION_OVERDUE"));
                } else {
                    assertThat(register).as("a counselor's account reads no register").isEmpty();
                }
            }
        }
    }
}
