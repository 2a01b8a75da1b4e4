package cn.huyang.worklog;

import cn.huyang.access.Actor;
import cn.huyang.access.Credentials;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.Modules;
import cn.huyang.app.StudentsModule;
import cn.huyang.app.WorklogModule;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.students.Student;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A store with two departments and three counselors registered in 2019; today is 2026-06-15. */
final class WorklogFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");

    final Store db;
    final AppContext ctx;
    final WorklogModule w;
    final long deptA;
    final long deptB;
    final Counselor a1;
    final Counselor a2;
    final Counselor b1;

    WorklogFixture(Store db) {
        this.db = db;
        ctx = new AppContext(db, ZH, CLOCK);
        w = WorklogModule.of(ctx);
        deptA = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
        deptB = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true)).id();
        LocalDate in = LocalDate.of(2019, 9, 1);
        a1 = ctx.roster().register(TestData.counselor("甲一", deptA, PostType.FULL_TIME, 11, in), in);
        a2 = ctx.roster().register(TestData.counselor("甲二", deptA, PostType.FULL_TIME, 12, in), in);
        b1 = ctx.roster().register(TestData.counselor("乙一", deptB, PostType.PART_TIME, 21, in), in);
    }

    /** The same store seen by a user of a role (a department's user in 计算机系; a counselor's account is 甲一's). */
    WorklogModule as(Role role) {
        return WorklogModule.of(context(role));
    }

    AppContext context(Role role) {
        Actor actor = new Actor(7, "u_" + role.name().toLowerCase(), "测试" + role.name(), role,
                role == Role.DEPARTMENT || role == Role.COUNSELOR ? deptA : null,
                role == Role.COUNSELOR ? a1.id() : null);
        return new AppContext(db, ZH, CLOCK, new Session(actor), Credentials.NONE, Modules.standard(),
                ctx.textCipher());
    }

    /** A student of the list, saved through the students module: a record's line names it by id. */
    long student(String no, String name, long dept, Counselor counselor) {
        return StudentsModule.of(ctx).students().save(new Student(null, no, name, Gender.FEMALE, "汉族",
                "计算机2401班", dept, "3号楼201", "13912345678", "13800001111（母亲）", counselor.id(), 0)).id();
    }

    static Map<String, String> details(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static WorkRecord talk(Counselor c, LocalDate on, String student, LocalDate followUp) {
        return new WorkRecord(null, c.id(), RecordKind.TALK, on, LocalTime.of(15, 30), "辅导员办公室", "2024级1班",
                "STUDY", followUp, false, false, details("way", "FACE", "reason", "考试焦虑疏导", "learned", "担心补考"),
                List.of(new StudentRef(null, student)), 0);
    }

    static WorkRecord dorm(Counselor c, LocalDate on) {
        return new WorkRecord(null, c.id(), RecordKind.DORM_VISIT, on, null, "3号学生公寓", null, null, null, false,
                false, details("building", "3号学生公寓", "rooms", "305", "hygiene", "整洁"), List.of(), 0);
    }

    static WorkRecord visit(Counselor c, LocalDate on) {
        return new WorkRecord(null, c.id(), RecordKind.CLASS_VISIT, on, null, "教学楼 201", "2024级1班", null, null,
                false, false, details("course", "高等数学", "expected", "40", "present", "38"), List.of(), 0);
    }

    static WorkRecord meeting(Counselor c, LocalDate on) {
        return new WorkRecord(null, c.id(), RecordKind.CLASS_MEETING, on, null, "教学楼 305", "2024级1班", "CLASS",
                null, false, false, details("theme", "诚信考试"), List.of(), 0);
    }
}
