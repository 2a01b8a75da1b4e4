package cn.huyang.cli;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.db.H2Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts on the command line, on a real encrypted data folder: demo makes the administrator and a
 * user of each role; a wrong password exits 8, a step the role may not take 9; users, passwd and
 * audit; and nothing in the folder reads as a counselor's ID number, phone or name.
 */
class AccountsCommandTest {
    private static final String PW = TestFolders.PASSWORD;
    private static final String NEW_PW = "Lingdao-2026-new";

    @TempDir
    Path dir;

    private LauncherTest.Result as(String user, String password, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return LauncherTest.runAs(user, password == null ? Map.of()
                : Map.of(Passwords.VARIABLE, password, UsersCommand.NEW_PASSWORD, NEW_PW), all);
    }

    @Test
    void rolesPasswordsAndTheAuditLogOnTheCommandLine() throws IOException {
        LauncherTest.Result demo = as("admin", PW, "demo", "--counselors", "30");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("xuegongbu").contains("lingdao").contains("renshi").contains("xibu-")
                .contains("fudaoyuan")
                .containsPattern("恢复密钥.*[0-9A-Z]{5}-[0-9A-Z]{5}");

        LauncherTest.Result wrong = as("admin", "not-the-password", "ratio");
        assertThat(wrong.exitCode()).isEqualTo(8);
        assertThat(wrong.err()).contains("用户名或密码不正确").doesNotContain("Exception");
        assertThat(as("nobody", PW, "ratio").err()).contains("用户名或密码不正确");
        assertThat(as(null, PW, "ratio").exitCode()).isEqualTo(2);

        LauncherTest.Result mustChange = as("lingdao", PW, "ratio");
        assertThat(mustChange.exitCode()).isEqualTo(8);
        assertThat(mustChange.err()).contains("passwd");
        assertThat(as("lingdao", PW, "passwd").exitCode()).isZero();
        assertThat(as("lingdao", NEW_PW, "ratio").exitCode()).isZero();
        LauncherTest.Result fullId = as("lingdao", NEW_PW, "export", "roster", dir.resolveSibling(dir.getFileName()
                + "-x.xlsx").toString(), "--full-id");
        assertThat(fullId.exitCode()).isEqualTo(9);
        assertThat(fullId.err()).contains("领导无权");
        assertThat(as("lingdao", NEW_PW, "users", "list").exitCode()).isEqualTo(9);

        LauncherTest.Result list = as("admin", PW, "users", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).hasSize(6);
        // a counselor's own account: its work records, not the roster
        assertThat(as("fudaoyuan", PW, "passwd").exitCode()).isZero();
        assertThat(as("fudaoyuan", NEW_PW, "worklogs", "--month", "2026-01").exitCode()).isZero();
        assertThat(as("fudaoyuan", NEW_PW, "export", "roster", dir.resolveSibling(dir.getFileName() + "-f.xlsx")
                .toString()).exitCode()).isEqualTo(9);
        LauncherTest.Result noCounselor = as("admin", PW, "users", "add", "wang", "--role", "COUNSELOR");
        assertThat(noCounselor.exitCode()).isEqualTo(1);
        assertThat(noCounselor.err()).contains("所属辅导员：必填");
        LauncherTest.Result unknown = as("admin", PW, "users", "add", "wang", "--role", "COUNSELOR", "--counselor",
                "查无此人");
        assertThat(unknown.err()).contains("花名册上没有“查无此人”这位辅导员");
        assertThat(as("admin", PW, "users", "add", "zhang", "--role", "系部").exitCode()).isEqualTo(1);
        assertThat(as("admin", PW, "users", "disable", "renshi").exitCode()).isZero();
        assertThat(as("renshi", PW, "ratio").err()).contains("用户名或密码不正确");

        LauncherTest.Result audit = as("admin", PW, "audit", "--json");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("\"action\":\"LOGIN\"").contains("\"action\":\"LOGIN_FAILED\"")
                .contains("\"action\":\"PASSWORD_CHANGE\"").contains("\"action\":\"ACCOUNT_DISABLE\"")
                .contains("\"action\":\"DEMO\"").contains("\"user\":\"nobody\"");
        assertThat(as("xuegongbu", PW, "audit").exitCode()).isEqualTo(8); // must change first

        String idNumber;
        String phone;
        String name;
        try (H2Store db = TestFolders.open(dir)) {
            var c = db.dsl().selectFrom(COUNSELOR).where(COUNSELOR.PHONE.isNotNull()).limit(1).fetchOne();
            idNumber = c.getIdNumber();
            phone = c.getPhone();
            name = c.getName();
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String secret : new String[]{idNumber, phone, name}) {
                String raw = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                assertThat(bytes.contains(raw)).as("%s holds %s", f, secret.length() > 4 ? "a secret" : secret)
                        .isFalse();
            }
        }
    }
}
