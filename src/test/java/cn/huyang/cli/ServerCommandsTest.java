package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.LauncherTest.Result;
import cn.huyang.db.DataFolder;
import cn.huyang.db.ServerStore;
import cn.huyang.db.Store;
import cn.huyang.db.StoreRows;
import cn.huyang.db.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on the shared server, against a real PostgreSQL: {@code server init}, batch
 * commands with {@code --server}, {@code migrate-to-server} compared field by field, and the
 * refusals (a server with data, a user who is no administrator, a server that cannot be reached).
 */
class ServerCommandsTest {
    private static final String PASSWORD = TestFolders.PASSWORD;

    @TempDir
    Path dir;

    private static Map<String, String> env() {
        return Map.of(Passwords.VARIABLE, PASSWORD, Passwords.DB_VARIABLE, TestStores.PASSWORD,
                UsersCommand.NEW_PASSWORD, TestFolders.FIRST_PASSWORD);
    }

    private Result onServer(String user, String url, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("pc").toString(), "--server", url,
                "--db-user", TestStores.USER));
        all.addAll(List.of(args));
        return LauncherTest.runAs(user, env(), all.toArray(String[]::new));
    }

    @Test
    void serverInitThenBatchCommandsWorkOnTheServer() throws Exception {
        String url = TestStores.emptyDatabase();
        Result init = onServer(null, url, "server", "init", "--admin", "boss", "--name", "处长");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("boss").contains("服务器").doesNotContain("已加密");

        Result again = onServer(null, url, "server", "init", "--admin", "other");
        assertThat(again.exitCode()).isEqualTo(Failures.FAILED);

        Result add = onServer("boss", url, "users", "add", "xgb", "--role", "OFFICE");
        assertThat(add.exitCode()).as(add.err()).isZero();
        Result list = onServer("boss", url, "users", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("boss").contains("xgb");

        assertThat(userNames(url)).containsExactlyInAnyOrder("boss", "xgb");
        assertThat(dir.resolve("pc").resolve("huyang.mv.db")).as("no local database in shared mode").doesNotExist();
    }

    @Test
    void migrateToServerCopiesEveryRowAndTheServerWorksOn() throws Exception {
        String local = dir.resolve("office").toString();
        Result demo = LauncherTest.run("--data-dir", local, "demo", "--counselors", "40");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Result localCheck = LauncherTest.run("--data-dir", local, "ratio", "--json");
        String url = TestStores.emptyDatabase();

        Result migrate = LauncherTest.runAs(TestFolders.ADMIN, env(), "--data-dir", local, "--server", url,
                "--db-user", TestStores.USER, "migrate-to-server");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("counselor：本机 40 行，服务器 40 行").contains("迁移完成")
                .doesNotContain("不一致");

        try (Store here = TestFolders.open(Path.of(local));
             Store there = ServerStore.open(url, TestStores.USER, TestStores.PASSWORD,
                     new DataFolder(dir.resolve("check")), Clock.systemDefaultZone())) {
            Map<String, List<String>> herRows = StoreRows.of(here);
            Map<String, List<String>> serverRows = StoreRows.of(there);
            assertThat(serverRows.keySet()).isEqualTo(herRows.keySet());
            for (String table : herRows.keySet()) {
                List<String> expected = herRows.get(table);
                if (table.equals("audit_event")) {
                    assertThat(serverRows.get(table)).as(table).containsAll(expected)
                            .hasSize(expected.size() + 1); // and the migration's own row
                } else {
                    assertThat(serverRows.get(table)).as(table).isEqualTo(expected);
                }
            }
        }

        Result serverCheck = LauncherTest.runAs(TestFolders.USER, env(), "--data-dir", dir.resolve("pc").toString(),
                "--server", url, "--db-user", TestStores.USER, "ratio", "--json");
        assertThat(serverCheck.exitCode()).as(serverCheck.err()).isZero();
        assertThat(serverCheck.out()).isEqualTo(localCheck.out());

        Result officeBackup = onServer(TestFolders.USER, url, "backup");
        assertThat(officeBackup.exitCode()).as("on the server only administrators back up").isEqualTo(Failures.NOT_PERMITTED);

        Result add = onServer(TestFolders.ADMIN, url, "users", "add", "newcomer", "--role", "LEADER");
        assertThat(add.exitCode()).as("a new row after the copied ids: " + add.err()).isZero();

        Result twice = LauncherTest.runAs(TestFolders.ADMIN, env(), "--data-dir", local, "--server", url,
                "--db-user", TestStores.USER, "migrate-to-server");
        assertThat(twice.exitCode()).isEqualTo(Failures.FAILED);
        assertThat(twice.err()).contains("已有数据");
        assertThat(userNames(url)).contains("newcomer");
    }

    @Test
    void onlyAnAdministratorMigrates() {
        String local = dir.resolve("office").toString();
        Result demo = LauncherTest.run("--data-dir", local, "demo", "--counselors", "5");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        String url = TestStores.emptyDatabase();
        Result migrate = LauncherTest.runAs(TestFolders.USER, env(), "--data-dir", local, "--server", url,
                "--db-user", TestStores.USER, "migrate-to-server");
        assertThat(migrate.exitCode()).isEqualTo(Failures.NOT_PERMITTED);
    }

    @Test
    void aServerThatCannotBeUsedIsToldPlainly() throws Exception {
        Result closed = onServer("boss", "jdbc:postgresql://127.0.0.1:1/huyang", "users", "list");
        assertThat(closed.exitCode()).isEqualTo(ServerContext.UNREACHABLE);
        assertThat(closed.err()).contains("无法使用数据库服务器").contains("无法连接服务器");

        Result notPostgres = onServer("boss", "jdbc:mysql://db/huyang", "users", "list");
        assertThat(notPostgres.exitCode()).isEqualTo(Failures.USAGE);
        assertThat(notPostgres.err()).contains("jdbc:postgresql://");

        String url = TestStores.emptyDatabase();
        Result missing = onServer("boss", url.replaceFirst("/[^/]*$", "/no_such_db"), "users", "list");
        assertThat(missing.exitCode()).isEqualTo(ServerContext.UNREACHABLE);
        assertThat(missing.err()).contains("数据库不存在");

        Result empty = onServer("boss", url, "users", "list");
        assertThat(empty.exitCode()).isEqualTo(Failures.LOGIN);
        assertThat(empty.err()).contains("server init");
        assertThat(Files.exists(dir.resolve("pc").resolve("huyang.mv.db"))).isFalse();
    }

    private static List<String> userNames(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, TestStores.USER, TestStores.PASSWORD);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select user_name from app_user")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
