package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packages on the command line, office and a new department PC: {@code package export --department}
 * with its setup code, {@code package import} setting up the new folder with the department's accounts,
 * the department's {@code package export}, the office's {@code package import [--dry-run]}, {@code conflicts}.
 */
class PackageFlowCommandTest {
    @TempDir
    Path office;
    @TempDir
    Path jsj;
    @TempDir
    Path files;

    private LauncherTest.Result in(Path folder, String user, Map<String, String> env, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return LauncherTest.runAs(user, env, all);
    }

    private static Map<String, String> password(String p) {
        return Map.of(Passwords.VARIABLE, p);
    }

    @Test
    void aNewDepartmentPcIsSetUpAndItsChangesReachTheOffice() {
        LauncherTest.Result key = LauncherTest.run("--data-dir", office.toString(), "package", "office-key", "--out",
                files.resolve("office.hykey").toString());
        assertThat(key.exitCode()).as(key.err()).isZero();
        try (H2Store db = TestFolders.open(office)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            long dept = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
            ctx.roster().register(TestData.counselor("赵磊", dept, PostType.FULL_TIME, 21), LocalDate.of(2020, 9, 1));
            ctx.roster().register(TestData.counselor("钱敏", dept, PostType.FULL_TIME, 22), LocalDate.of(2021, 9, 1));
        }
        LauncherTest.Result add = in(office, TestFolders.ADMIN, Map.of(Passwords.VARIABLE, TestFolders.PASSWORD,
                UsersCommand.NEW_PASSWORD, TestFolders.FIRST_PASSWORD), "users", "add", "xibu", "--role", "DEPARTMENT",
                "--department", "JSJ");
        assertThat(add.exitCode()).as(add.err()).isZero();

        Path setup = files.resolve("setup.hypkg");
        LauncherTest.Result out = in(office, TestFolders.USER, password(TestFolders.PASSWORD), "package", "export",
                "--department", "JSJ", "--out", setup.toString());
        assertThat(out.exitCode()).as(out.err()).isZero();
        Matcher code = Pattern.compile("安装码[^：]*：([0-9A-Z-]{47})").matcher(out.out());
        assertThat(code.find()).as(out.out()).isTrue();

        LauncherTest.Result wrong = in(jsj, TestFolders.ADMIN, Map.of(Passwords.VARIABLE, TestFolders.PASSWORD,
                PackageSetup.CODE_VARIABLE, "12345"), "package", "import", setup.toString());
        assertThat(wrong.exitCode()).isEqualTo(Failures.FAILED);
        assertThat(wrong.err()).contains("安装码");

        LauncherTest.Result made = in(jsj, TestFolders.ADMIN, Map.of(Passwords.VARIABLE, TestFolders.PASSWORD,
                PackageSetup.CODE_VARIABLE, code.group(1)), "package", "import", setup.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("恢复密钥").contains("已建立账户 xibu");
        Matcher first = Pattern.compile("已建立账户 xibu.*一次性密码：([a-z0-9]{12})").matcher(made.out());
        assertThat(first.find()).isTrue();
        LauncherTest.Result passwd = in(jsj, "xibu", Map.of(Passwords.VARIABLE, first.group(1),
                UsersCommand.NEW_PASSWORD, TestFolders.PASSWORD), "passwd");
        assertThat(passwd.exitCode()).as(passwd.err()).isZero();

        try (H2Store db = TestFolders.open(jsj)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            assertThat(ctx.roster().counselors()).extracting(Counselor::name).containsExactlyInAnyOrder("赵磊", "钱敏");
            Counselor zhao = ctx.roster().counselors().stream().filter(c -> c.name().equals("赵磊")).findFirst()
                    .orElseThrow();
            ctx.roster().update(zhao.withPhone("13900000021"));
        }
        LauncherTest.Result unknown = in(jsj, "xibu", password(TestFolders.PASSWORD), "package", "export", "--out",
                files.resolve("jsj-x.hypkg").toString(), "--since", "7");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--since 7 不是本机已导出的数据包编号");
        assertThat(files.resolve("jsj-x.hypkg")).doesNotExist();
        Path sent = files.resolve("jsj-1.hypkg");
        LauncherTest.Result export = in(jsj, "xibu", password(TestFolders.PASSWORD), "package", "export", "--out",
                sent.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("第 1 号，包含全部记录").contains("counselor\t1");

        LauncherTest.Result preview = in(office, TestFolders.USER, password(TestFolders.PASSWORD), "package", "import",
                sent.toString(), "--dry-run");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("counselor：新增 0，修改 1").contains("phone: 13912345678 → 13900000021")
                .contains("未写入任何内容");
        LauncherTest.Result imported = in(office, TestFolders.USER, password(TestFolders.PASSWORD), "package", "import",
                sent.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        LauncherTest.Result again = in(office, TestFolders.USER, password(TestFolders.PASSWORD), "package", "import",
                sent.toString());
        assertThat(again.out()).contains("已经导入过");
        LauncherTest.Result conflicts = in(office, TestFolders.USER, password(TestFolders.PASSWORD), "conflicts",
                "--json");
        assertThat(conflicts.exitCode()).as(conflicts.err()).isZero();
        assertThat(conflicts.out().strip()).isEqualTo("[]");

        LauncherTest.Result refused = in(jsj, "xibu", password(TestFolders.PASSWORD), "package", "import",
                sent.toString());
        assertThat(refused.exitCode()).isEqualTo(Failures.FAILED);
        assertThat(refused.err()).contains("不是发给本机数据库");
    }
}
