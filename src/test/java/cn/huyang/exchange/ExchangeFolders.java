package cn.huyang.exchange;

import cn.huyang.access.Actor;
import cn.huyang.access.Credentials;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.Modules;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Department;
import cn.huyang.security.TextCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Data folders for the package tests: the office (H2, or PostgreSQL when the tests run on it) and
 * department PCs (always H2), each with its own data key, and contexts for a user of a role there.
 */
final class ExchangeFolders implements AutoCloseable {
    static final Messages ZH = Messages.forLanguage("zh");
    /** The tests' clock: 2026-06-15 10:00 in Xinjiang's offices' zone. */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.LocalDate.of(2026, 6, 15).atTime(10, 0)
            .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
    private final Clock clock;
    private final List<Store> stores = new ArrayList<>();

    ExchangeFolders(Clock clock) {
        this.clock = clock;
    }

    /** A folder: its store, its data key, its departments by code. */
    final class Folder {
        final Store store;
        final TextCipher key = TextCipher.random();

        Folder(Store store) {
            this.store = store;
            stores.add(store);
        }

        /** A counselor's context under that account name (the office maps the name to its counselor). */
        AppContext counselor(String userName, long counselorId) {
            Session session = new Session(new Actor(1, userName, userName, Role.COUNSELOR, null, counselorId));
            return new AppContext(store, ZH, clock, session, Credentials.NONE, Modules.standard(), key);
        }

        AppContext as(Role role, String department) {
            Long dept = department == null ? null : departmentId(department);
            String name = switch (role) {
                case OFFICE -> "xuegongbu";
                case DEPARTMENT -> "xibu-" + department.toLowerCase();
                default -> "admin";
            };
            Session session = new Session(new Actor(1, name, name, role, dept, null));
            return new AppContext(store, ZH, clock, session, Credentials.NONE, Modules.standard(), key);
        }

        long departmentId(String code) {
            AppContext system = new AppContext(store, ZH, clock, Session.system(), Credentials.NONE,
                    Modules.standard(), key);
            return system.roster().departments().stream().filter(d -> d.code().equals(code)).findFirst()
                    .map(Department::id).orElseThrow();
        }

        void department(String code, String name, int order) {
            new AppContext(store, ZH, clock, Session.system(), Credentials.NONE, Modules.standard(), key).roster()
                    .saveDepartment(new Department(null, code, name, order, true));
        }
    }

    /** A full-time counselor registered on 2026-03-01 (the ID number made from {@code seq}). */
    static cn.huyang.roster.Counselor register(AppContext ctx, String name, long department, int seq) {
        return ctx.roster().register(cn.huyang.roster.TestData.counselor(name, department,
                cn.huyang.roster.PostType.FULL_TIME, seq), java.time.LocalDate.of(2026, 3, 1));
    }

    Folder office(Path dir) {
        return new Folder(TestStores.open(dir, clock));
    }

    /** The office's folder with its two departments, 计算机系 (JSJ) and 经济系 (JJ). */
    Folder officeOfTwoDepartments(Path dir) {
        Folder office = office(dir);
        office.department("JSJ", "计算机系", 1);
        office.department("JJ", "经济系", 2);
        return office;
    }

    Folder department(Path dir) {
        return new Folder(H2Store.open(new DataFolder(dir), clock));
    }

    @Override
    public void close() {
        stores.forEach(Store::close);
    }
}
