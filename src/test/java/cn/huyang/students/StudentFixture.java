package cn.huyang.students;

import cn.huyang.access.Actor;
import cn.huyang.access.Credentials;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.FeatureModule;
import cn.huyang.app.Modules;
import cn.huyang.app.PolicyModule;
import cn.huyang.app.RosterModule;
import cn.huyang.app.StudentsModule;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.security.TextCipher;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A store with two departments, three counselors (甲一, 甲二 in 计算机系; 乙一 in 机电系) and the office's one
 * data key shared by every context; contacts with students come from {@link #contacts}. Today is 2026-06-15.
 */
final class StudentFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = clock(TODAY);
    static final Messages ZH = Messages.forLanguage("zh");

    final Store db;
    final TextCipher cipher = TextCipher.random();
    final FakeContacts contacts = new FakeContacts();
    final AppContext ctx;
    final StudentsModule s;
    final long deptA;
    final long deptB;
    final Counselor a1;
    final Counselor a2;
    final Counselor b1;

    StudentFixture(Store db) {
        this.db = db;
        ctx = context(Session.system(), CLOCK);
        s = StudentsModule.of(ctx);
        deptA = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
        deptB = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true)).id();
        LocalDate in = LocalDate.of(2019, 9, 1);
        a1 = ctx.roster().register(TestData.counselor("甲一", deptA, PostType.FULL_TIME, 11, in), in);
        a2 = ctx.roster().register(TestData.counselor("甲二", deptA, PostType.FULL_TIME, 12, in), in);
        b1 = ctx.roster().register(TestData.counselor("乙一", deptB, PostType.FULL_TIME, 21, in), in);
    }

    static Clock clock(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    AppContext context(Session session, Clock clock) {
        List<FeatureModule> modules = new ArrayList<>();
        PolicyModule policy = null;
        RosterModule roster = null;
        for (FeatureModule m : Modules.standard()) {
            if (m instanceof PolicyModule p) {
                policy = p;
            }
            if (m instanceof RosterModule r) {
                roster = r;
            }
            modules.add(m instanceof StudentsModule ? new StudentsModule(policy, roster, contacts) : m);
        }
        return new AppContext(db, ZH, clock, session, Credentials.NONE, modules, cipher);
    }

    /** The same store seen on another day by the program. */
    StudentsModule on(LocalDate day) {
        return StudentsModule.of(context(Session.system(), clock(day)));
    }

    /** The same store seen by a user of a role: 系部 of 计算机系, or 辅导员 甲一. */
    StudentsModule as(Role role) {
        return as(role, role == Role.DEPARTMENT || role == Role.COUNSELOR ? deptA : null);
    }

    StudentsModule as(Role role, Long department) {
        Actor actor = new Actor(7, "u_" + role.name().toLowerCase(), "测试" + role.name(), role, department,
                role == Role.COUNSELOR ? a1.id() : null);
        return StudentsModule.of(context(new Session(actor), CLOCK));
    }

    static Student student(String no, String name, long dept, Long counselor) {
        return new Student(null, no, name, Gender.FEMALE, "汉族", "计算机2401班", dept, "3号楼201", "13912345678",
                "13800001111（母亲）", counselor, 0);
    }

    /** Contacts set by the test. */
    static final class FakeContacts implements StudentContacts {
        final Map<Long, LocalDate> last = new HashMap<>();

        @Override
        public Map<Long, LocalDate> lastContacts(Collection<Long> studentIds) {
            Map<Long, LocalDate> out = new HashMap<>();
            for (Long id : studentIds) {
                if (last.containsKey(id)) {
                    out.put(id, last.get(id));
                }
            }
            return out;
        }

        @Override
        public List<StudentContact> contacts(long studentId) {
            LocalDate d = last.get(studentId);
            return d == null ? List.of() : List.of(new StudentContact(d, "谈心谈话", "面谈"));
        }
    }
}
