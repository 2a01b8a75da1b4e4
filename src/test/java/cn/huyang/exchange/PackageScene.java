package cn.huyang.exchange;

import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.app.ExchangeModule;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * An office and a department PC (计算机系, JSJ) for the package screens' tests, with the office key file
 * and, on request, a first package (two new counselors) and a second one in which one of them was
 * changed only at the department (修改) and the other at both (冲突).
 */
final class PackageScene implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    final ExchangeFolders folders = new ExchangeFolders(CLOCK);
    final ExchangeFolders.Folder office;
    final ExchangeFolders.Folder jsj;
    final Path dir;
    final Path key;

    PackageScene(Path dir) {
        this.dir = dir;
        office = folders.office(dir.resolve("office"));
        jsj = folders.department(dir.resolve("jsj"));
        office.department("JSJ", "计算机系", 1);
        jsj.department("JSJ", "计算机系", 1);
        key = dir.resolve("office.hykey");
        office.as(Role.OFFICE, null).exchange().officeKeys().writeTo(key);
    }

    AppContext officeUser() {
        return office.as(Role.OFFICE, null);
    }

    AppContext departmentUser() {
        return jsj.as(Role.DEPARTMENT, "JSJ");
    }

    /** The words the window's module gives the screens, for this context. */
    static PackageTexts texts(AppContext ctx) {
        return new PackageTexts(ctx.messages(), ExchangeModule.codes(), () -> ctx.roster().departments().stream()
                .collect(Collectors.toMap(Department::code, Department::name)));
    }

    /** The department's first package: 张三 and 李四, new. */
    Path first() {
        AppContext dept = departmentUser();
        long d = jsj.departmentId("JSJ");
        dept.roster().register(TestData.counselor("张三", d, PostType.FULL_TIME, 1), LocalDate.of(2026, 6, 1));
        dept.roster().register(TestData.counselor("李四", d, PostType.FULL_TIME, 2), LocalDate.of(2026, 6, 1));
        Path p = dir.resolve("p1.hypkg");
        dept.exchange().export().export(p, null, key);
        return p;
    }

    /**
     * After the first package was applied at the office: the office changes 张三's phone, the department
     * changes 张三's phone too (and rank) and 李四's rank, and sends its second package.
     */
    Path second() {
        AppContext here = officeUser();
        here.roster().update(named(here, "张三").withPhone("13900000001"));
        AppContext dept = departmentUser();
        dept.roster().update(named(dept, "张三").withPhone("13800000002").withAdminRank("副科级",
                LocalDate.of(2026, 6, 12)));
        dept.roster().update(named(dept, "李四").withAdminRank("正科级", LocalDate.of(2026, 6, 10)));
        Path p = dir.resolve("p2.hypkg");
        dept.exchange().export().export(p, null, null);
        return p;
    }

    static Counselor named(AppContext ctx, String name) {
        return ctx.roster().counselors().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        folders.close();
    }
}
