package cn.huyang.app;

import cn.huyang.access.Account;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Two PCs working on one database: two {@link AppContext}s for two 学工部 users, 张三 (A) and 李四 (B),
 * on the same open H2 store (a real file migrated by Flyway) — or, when the tests run on PostgreSQL,
 * on two stores of their own (two connection pools, as two PCs) on one server database — and a
 * clock the test moves. Two
 * departments and three counselors registered in 2020 by the program itself. Today is 2026-06-15.
 */
final class TwoClients implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Messages ZH = Messages.forLanguage("zh");
    static final char[] PASSWORD = "Huyang-Test-2026".toCharArray();

    final MovingClock clock = new MovingClock(TODAY.atTime(9, 0));
    final Store db;
    /** B's store: on PostgreSQL a second store on the same database, on H2 the same one. */
    final Store dbOfB;
    final AppContext setup;
    final AppContext a;
    final AppContext b;
    final Department cs;
    final Department me;
    final Counselor zhao;
    final Counselor qian;
    final Counselor sun;

    TwoClients(Path dir) {
        db = TestStores.open(dir, clock);
        dbOfB = TestStores.postgres() ? TestStores.openPostgres(dir, clock) : db;
        setup = new AppContext(db, ZH, clock);
        Account zhang = setup.accounts().create("zhangsan", "张三", Role.OFFICE, null, PASSWORD);
        Account li = setup.accounts().create("lisi", "李四", Role.OFFICE, null, PASSWORD);
        cs = setup.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        me = setup.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
        LocalDate in = LocalDate.of(2020, 9, 1);
        zhao = setup.roster().register(TestData.counselor("赵一", cs.id(), PostType.FULL_TIME, 1, in), in);
        qian = setup.roster().register(TestData.counselor("钱二", cs.id(), PostType.FULL_TIME, 2, in), in);
        sun = setup.roster().register(TestData.counselor("孙三", me.id(), PostType.FULL_TIME, 3, in), in);
        a = new AppContext(db, ZH, clock, new Session(zhang.actor()));
        b = new AppContext(dbOfB, ZH, clock, new Session(li.actor()));
    }

    /** Moves the clock to a time of today. */
    void at(int hour, int minute) {
        clock.set(TODAY.atTime(hour, minute));
    }

    @Override
    public void close() {
        if (dbOfB != db) {
            dbOfB.close();
        }
        db.close();
    }

    /** A clock the test sets: the time each client's audit rows and refusals read. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(LocalDateTime start) {
            set(start);
        }

        void set(LocalDateTime time) {
            now = time.atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
