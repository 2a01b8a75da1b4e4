package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.LauncherTest.Result;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code backups} and {@code restore} on the command line. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private String a() {
        return dir.resolve("a").toString();
    }

    private String b() {
        return dir.resolve("b").toString();
    }

    private static int counselors(String summary) {
        Matcher m = Pattern.compile("辅导员：([0-9,]+) 人").matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void backupThenRestoreIntoAFreshFolderGivesTheSameCounts() {
        assertThat(run(null, "--data-dir", a(), "demo", "--counselors", "60").exitCode()).isZero();
        Path file = dir.resolve("备份 1.zip");
        Result backup = run(null, "--data-dir", a(), "backup", file.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("已备份到").contains("60");

        // the first batch start of the day made the daily backup; listed with the kinds in Chinese
        Result list = run(null, "--data-dir", a(), "backups");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("备份文件夹").contains("每日自动备份");

        Result restore = run(null, "--data-dir", b(), "restore", file.toString(), "--yes");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(counselors(restore.out())).isEqualTo(60);
        assertThat(restore.out()).contains("数据格式：与本程序相同").contains("培训记录").contains("已恢复");

        Result ratioA = run(null, "--data-dir", a(), "ratio", "--year", "2026", "--json");
        Result ratioB = run(null, "--data-dir", b(), "ratio", "--year", "2026", "--json");
        assertThat(ratioB.out()).isEqualTo(ratioA.out());
        Result checkA = run(null, "--data-dir", a(), "check", "--json");
        Result checkB = run(null, "--data-dir", b(), "check", "--json");
        assertThat(checkB.out()).isEqualTo(checkA.out());
    }

    @Test
    void restoreAsksAndAnswerNoChangesNothing() {
        assertThat(run(null, "--data-dir", a(), "demo", "--counselors", "5").exitCode()).isZero();
        Path file = dir.resolve("x.zip");
        assertThat(run(null, "--data-dir", a(), "backup", file.toString()).exitCode()).isZero();
        assertThat(run(null, "--data-dir", b(), "demo", "--counselors", "9").exitCode()).isZero();

        Result no = run("n\n", "--data-dir", b(), "restore", file.toString());
        assertThat(no.exitCode()).isEqualTo(1);
        assertThat(no.out()).contains("替换当前数据库吗").contains("已取消");
        Result yes = run("y\n", "--data-dir", b(), "restore", file.toString());
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("替换前的数据库已备份为");
        assertThat(run(null, "--data-dir", b(), "backups").out()).contains("恢复前自动备份");
    }

    @Test
    void aBrokenFileIsRefusedWithAPlainMessage() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a backup");
        Result r = run(null, "--data-dir", a(), "restore", junk.toString(), "--yes");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("不是胡杨的备份文件").doesNotContain("Exception");
        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        assertThat(run(null, "--data-dir", a(), "restore", empty.toString(), "--yes").err()).contains("是空的");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedWithExitFour() {
        assertThat(run(null, "--data-dir", a(), "demo", "--counselors", "3").exitCode()).isZero();
        try (var db = TestFolders.open(dir.resolve("a"))) {
            db.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (99, '999', 'future', 'SQL', 'V999__future.sql', 'x', 1, true)");
        }
        Result check = run(null, "--data-dir", a(), "check");
        assertThat(check.exitCode()).isEqualTo(4);
        assertThat(check.err()).contains("更新版本的胡杨").contains("999").doesNotContain("Exception");
    }

    private static Result run(String stdin, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
            // a restore is the administrator's
            return java.util.Arrays.asList(args).contains("restore") ? LauncherTest.runAsAdmin(args)
                    : LauncherTest.run(args);
        } finally {
            System.setIn(old);
        }
    }
}
