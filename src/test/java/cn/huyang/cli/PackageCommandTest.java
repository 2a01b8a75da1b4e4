package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.H2Store;
import cn.huyang.exchange.OfficeKeyFile;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package office-key}: 学工部 and the administrator write the office key file; 系部 and 辅导员 may not. */
class PackageCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    private LauncherTest.Result as(String user, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return LauncherTest.runAs(user, Map.of(Passwords.VARIABLE, TestFolders.PASSWORD), all);
    }

    /** An account of this role added by the administrator, its first password changed to the test password. */
    private void account(String name, String... roleArgs) {
        String[] add = new String[roleArgs.length + 5];
        add[0] = "--data-dir";
        add[1] = dir.toString();
        add[2] = "users";
        add[3] = "add";
        add[4] = name;
        System.arraycopy(roleArgs, 0, add, 5, roleArgs.length);
        LauncherTest.Result r = LauncherTest.runAs(TestFolders.ADMIN, Map.of(Passwords.VARIABLE, TestFolders.PASSWORD,
                UsersCommand.NEW_PASSWORD, TestFolders.FIRST_PASSWORD), add);
        assertThat(r.exitCode()).as(r.err()).isZero();
        LauncherTest.Result p = LauncherTest.runAs(name, Map.of(Passwords.VARIABLE, TestFolders.FIRST_PASSWORD,
                UsersCommand.NEW_PASSWORD, TestFolders.PASSWORD), "--data-dir", dir.toString(), "passwd");
        assertThat(p.exitCode()).as(p.err()).isZero();
    }

    @Test
    void theOfficeWritesTheKeyFileAndOtherRolesMayNot() throws Exception {
        Path key = files.resolve("office.hykey");
        LauncherTest.Result written = LauncherTest.run("--data-dir", dir.toString(), "package", "office-key", "--out",
                key.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        OfficeKeyFile file = OfficeKeyFile.read(key);
        assertThat(written.out()).contains("已写出学工部公钥文件").contains(file.databaseId())
                .contains(file.fingerprint());
        assertThat(file.created()).isEqualTo(LocalDate.now());

        // the same identity the second time, also for the administrator
        Path again = files.resolve("again.hykey");
        LauncherTest.Result admin = LauncherTest.runAsAdmin("--data-dir", dir.toString(), "package", "office-key",
                "--out", again.toString());
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(OfficeKeyFile.read(again).databaseId()).isEqualTo(file.databaseId());
        assertThat(OfficeKeyFile.read(again).agreementKey()).isEqualTo(file.agreementKey());

        LauncherTest.Result audit = LauncherTest.runAsAdmin("--data-dir", dir.toString(), "audit", "--json");
        assertThat(audit.out()).contains("\"action\":\"EXPORT\"").contains("office_key")
                .contains("\"action\":\"CREATE\"").contains("database_identity");

        try (H2Store db = TestFolders.open(dir)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            long dept = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
            ctx.roster().register(TestData.counselor("赵磊", dept, PostType.FULL_TIME, 21), LocalDate.of(2020, 9, 1));
        }
        account("xibu", "--role", "DEPARTMENT", "--department", "JSJ");
        account("zhaolei", "--role", "COUNSELOR", "--counselor", "赵磊");
        for (String user : new String[] {"xibu", "zhaolei"}) {
            Path refused = files.resolve(user + ".hykey");
            LauncherTest.Result r = as(user, "package", "office-key", "--out", refused.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(Failures.NOT_PERMITTED);
            assertThat(r.err()).contains("无权").doesNotContain("Exception");
            assertThat(refused).doesNotExist();
        }
        assertThat(Files.list(files).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("office.hykey", "again.hykey");
    }

    @Test
    void withoutASubcommandTheUsageIsShown() {
        LauncherTest.Result r = LauncherTest.run("--data-dir", dir.toString(), "package");
        assertThat(r.exitCode()).isEqualTo(Failures.USAGE);
        assertThat(r.err()).contains("office-key");
    }
}
