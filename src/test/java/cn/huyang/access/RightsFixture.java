package cn.huyang.access;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.findings.Decision;
import cn.huyang.findings.DecisionKind;
import cn.huyang.findings.FindingKey;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.title.Track;
import cn.huyang.title.Verdict;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Table;

/**
 * The data the rights tests work on, written once as the program itself and copied for each test:
 * two departments (计算机系 A, the department user's; 机电系 B), counselors a1 and a2 in A and b1 in
 * B (registered 2019); a training of a1 only and one of a1 with b1; 2024 confirmed with a1 and a2
 * 不合格 (a2's finding decided), 2025 fully scored and open; a 2026 title application of a2,
 * scored and decided. Today is 2026-06-15.
 */
final class RightsFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");

    long deptA;
    long deptB;
    Counselor a1;
    Counselor a2;
    Counselor b1;
    long ownSession;
    long mixedSession;
    long application;
    /** A 2026 application of b1, decided (the year stays confirmable): to be withdrawn. */
    long withdrawable;
    long output;
    long teaching;
    long service;
    /** Students (no sealed texts): of a1 and of a2 in department A, of b1 in department B. */
    long studentA1;
    long studentA2;
    long studentB1;
    FindingKey toDecide;
    FindingKey toReopen;

    /** Writes the data into {@code folder} and closes the store. */
    static RightsFixture build(Path folder) {
        RightsFixture f = new RightsFixture();
        Store db = TestStores.open(folder, CLOCK);
        try {
            f.write(new AppContext(db, ZH, CLOCK));
        } finally {
            db.close();
        }
        return f;
    }

    private void write(AppContext ctx) {
        deptA = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
        deptB = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true)).id();
        LocalDate in = LocalDate.of(2019, 9, 1);
        a1 = ctx.roster().register(TestData.counselor("甲一", deptA, PostType.FULL_TIME, 11, in), in);
        a2 = ctx.roster().register(TestData.counselor("甲二", deptA, PostType.FULL_TIME, 12, in), in);
        b1 = ctx.roster().register(TestData.counselor("乙一", deptB, PostType.FULL_TIME, 21, in), in);
        ownSession = ctx.training().save(session("甲系培训", a1)).session().id();
        mixedSession = ctx.training().save(session("两系培训", a1, b1)).session().id();
        ctx.assessment().saveEntries(2024, List.of(entry(2024, a1, "50"), entry(2024, a2, "50"), entry(2024, b1, "80")));
        ctx.assessment().confirm(2024);
        ctx.assessment().saveEntries(2025, List.of(entry(2025, a1, "80"), entry(2025, a2, "80"), entry(2025, b1, "80")));
        for (TrackedFinding t : ctx.findings().findings(2026)) {
            if (t.finding().code().equals(DecisionKind.INCOMPETENT_ADJUST) && t.finding().year() == 2024) {
                if (t.finding().counselorId() == a1.id()) {
                    toDecide = t.key();
                } else if (t.finding().counselorId() == a2.id()) {
                    toReopen = t.key();
                }
            }
        }
        ctx.findings().decide(toReopen, decision(), false);
        application = ctx.titles().apply(2026, a2.id(), Track.TITLE, "ASSOCIATE_PROFESSOR", LocalDate.of(2026, 5, 1))
                .id();
        ctx.titles().score(application, new BigDecimal("80"), new BigDecimal("80"));
        ctx.titles().decide(application, Verdict.FAILED, "条件不足");
        withdrawable = ctx.titles().apply(2026, b1.id(), Track.TITLE, "ASSOCIATE_PROFESSOR", LocalDate.of(2026, 5, 1))
                .id();
        ctx.titles().decide(withdrawable, Verdict.FAILED, "材料不全");
        output = ctx.titles().records().addOutput(RightsExtraCases.output(a1)).id();
        teaching = ctx.titles().records().addTeaching(RightsExtraCases.teaching(a1)).id();
        service = ctx.titles().records().addService(RightsExtraCases.service(a1)).id();
        var students = cn.huyang.app.StudentsModule.of(ctx).students();
        studentA1 = students.save(RightsWorkCases.student("2025010101", "学生甲", deptA, a1)).id();
        studentA2 = students.save(RightsWorkCases.student("2025010102", "学生乙", deptA, a2)).id();
        studentB1 = students.save(RightsWorkCases.student("2025020101", "学生丙", deptB, b1)).id();
    }

    static TrainingSession session(String course, Counselor... who) {
        List<TrainingSession.Attendee> attendees = Stream.of(who)
                .map(c -> new TrainingSession.Attendee(null, c.id(), null, null, null)).toList();
        return new TrainingSession(null, course, "学工部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE,
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11), new BigDecimal("16"), new BigDecimal("200"),
                null, attendees);
    }

    static Entry entry(int year, Counselor c, String score) {
        Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            m.put(p, new BigDecimal(score));
        }
        return new Entry(year, c.id(), m, null, null, null, null, null, null);
    }

    static Decision decision() {
        return new Decision(DecisionKind.POST_ADJUSTED, false, TODAY, "学工部 李老师", null, "已调岗", null, null);
    }

    /** A user of a role; a department's user works for department A, a counselor's account is a1's. */
    Actor actor(Role role) {
        return new Actor(7, "user-" + role.name().toLowerCase(), "测试用户", role,
                role == Role.DEPARTMENT || role == Role.COUNSELOR ? deptA : null, role == Role.COUNSELOR ? a1.id() : null);
    }

    /** How many rows each table holds. */
    static Map<String, Integer> counts(Store db) {
        Map<String, Integer> out = new HashMap<>();
        for (Table<?> t : cn.huyang.db.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            out.put(t.getName(), db.dsl().fetchCount(t));
        }
        return out;
    }

    /** The audit rows written after the row with this id, oldest first. */
    static List<AuditEntry> auditAfter(Store db, long lastId) {
        List<AuditEntry> out = new ArrayList<>(new AuditRepository(db.dsl()).find(AuditQuery.all()).stream()
                .filter(e -> e.id() > lastId).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    static long lastAuditId(Store db) {
        return new AuditRepository(db.dsl()).find(new AuditQuery(null, null, null, null, null, 1)).stream()
                .mapToLong(AuditEntry::id).max().orElse(0);
    }
}
