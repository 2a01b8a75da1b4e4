package cn.huyang.guarantee;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.GuaranteeModule;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A store with two departments and three counselors registered in 2019; today is 2026-06-15. */
final class GuaranteeFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");

    final Store db;
    final AppContext ctx;
    final GuaranteeModule g;
    final long deptA;
    final long deptB;
    final Counselor a1;
    final Counselor a2;
    final Counselor b1;

    GuaranteeFixture(Store db) {
        this.db = db;
        ctx = new AppContext(db, ZH, CLOCK);
        g = GuaranteeModule.of(ctx);
        deptA = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
        deptB = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true)).id();
        LocalDate in = LocalDate.of(2019, 9, 1);
        a1 = ctx.roster().register(TestData.counselor("甲一", deptA, PostType.FULL_TIME, 11, in), in);
        a2 = ctx.roster().register(TestData.counselor("甲二", deptA, PostType.FULL_TIME, 12, in), in);
        b1 = ctx.roster().register(TestData.counselor("乙一", deptB, PostType.PART_TIME, 21, in), in);
    }

    /** The same store seen by a user of a role (the department role in 计算机系). */
    GuaranteeModule as(Role role) {
        Actor actor = new Actor(7, "u_" + role.name().toLowerCase(), "测试" + role.name(), role,
                role == Role.DEPARTMENT ? deptA : null);
        return GuaranteeModule.of(new AppContext(db, ZH, CLOCK, new Session(actor)));
    }

    static long fen(String yuan) {
        return Fen.of(new java.math.BigDecimal(yuan));
    }

    /** Pays every month of a year in full on the first day of the month. */
    void payYear(Counselor c, int year, String yuan) {
        for (int month = 1; month <= 12; month++) {
            pay(c, year, month, yuan, LocalDate.of(year, month, 1));
        }
    }

    AllowancePayment pay(Counselor c, int year, int month, String yuan, LocalDate on) {
        return g.allowances().savePayment(new AllowancePayment(null, c.id(), year, month, fen(yuan), on, null, 0));
    }
}
