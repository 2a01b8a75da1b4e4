package cn.huyang.app;

import cn.huyang.access.Account;
import cn.huyang.access.Role;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Department;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One account of each role besides the administrator, for trying the demo data out: 学工部
 * {@code xuegongbu}, 系部 {@code xibu-<code>} (the first department), 组织人事部 {@code renshi}, 领导
 * {@code lingdao}, 辅导员 {@code fudaoyuan} (the first counselor in post, whose work records and students the
 * demo fills); each with the given password, to be changed at the first login.
 */
public final class DemoAccounts {
    private DemoAccounts() {
    }

    public static List<Account> create(AppContext ctx, char[] password) {
        List<Account> made = new ArrayList<>();
        made.add(ctx.accounts().create("xuegongbu", "学工部", Role.OFFICE, null, password));
        List<Department> departments = ctx.roster().departments();
        if (!departments.isEmpty()) {
            Department d = departments.get(0);
            made.add(ctx.accounts().create("xibu-" + d.code().toLowerCase(Locale.ROOT), d.name(), Role.DEPARTMENT,
                    d.id(), password));
        }
        made.add(ctx.accounts().create("renshi", "组织人事部", Role.PERSONNEL, null, password));
        made.add(ctx.accounts().create("lingdao", "领导", Role.LEADER, null, password));
        ctx.roster().counselors().stream().filter(c -> c.status() == CounselorStatus.ACTIVE).findFirst().ifPresent(c ->
                made.add(ctx.accounts().create("fudaoyuan", c.name(), Role.COUNSELOR, null, c.id(), password)));
        return made;
    }
}
