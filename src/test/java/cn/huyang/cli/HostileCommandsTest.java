package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.LauncherTest.Result;
import cn.huyang.common.PhoneNumber;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.jooq.Tables;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 on the command line: nonsense arguments, file errors, control characters in output, masked phones, the clock. */
class HostileCommandsTest {
    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    @AfterEach
    void systemClock() {
        BatchContext.useClock(null);
    }

    private static void plain(Result r) {
        String all = r.out() + r.err();
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("logback")
                .doesNotContain("|-INFO").doesNotContain("|-ERROR");
        assertThat(all.lines().count()).as(all).isLessThanOrEqualTo(3);
    }

    @Test
    void nonsenseArgumentsAreRefusedInChineseWithExitTwo() {
        String[][] cases = {
                {"--data-dir=", "ratio"},
                {"--data-dir", data(), "ratio", "--year", "99999"},
                {"--data-dir", data(), "ratio", "--year", "-1"},
                {"--data-dir", data(), "check", "--year", "0"},
                {"--data-dir", data(), "--lang", "fr", "ratio"},
                {"--data-dir", data(), "ratio", "--frobnicate"},
                {"--data-dir", data(), "demo"},
                {"--data-dir", data(), "ratio", "--year", "abc"},
                {"--data-dir", data(), "import", "bogus", "x.xlsx"},
                {"--data-dir", data(), "ratio", "--year"},
        };
        for (String[] args : cases) {
            Result r = LauncherTest.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).containsPattern("\\p{IsHan}");
            plain(r);
        }
        assertThat(LauncherTest.run("--data-dir=", "ratio").err()).startsWith("--data-dir 不能为空");
        assertThat(Files.exists(Path.of("huyang.mv.db"))).as("nothing created in the working directory").isFalse();
        assertThat(LauncherTest.run("--data-dir", data(), "ratio", "--year", "99999").err())
                .startsWith("年份 99999 无效：应在 1950—2200 之间");
        assertThat(LauncherTest.run("--data-dir", data(), "--lang", "fr", "ratio").err())
                .startsWith("不支持的语言“fr”");
        assertThat(LauncherTest.run("--data-dir", data(), "ratio", "--frobnicate").err())
                .startsWith("无法识别的命令或参数：--frobnicate").contains("huyang ratio --help");
        assertThat(LauncherTest.run("--data-dir", data(), "demo").err()).startsWith("缺少必填的参数：--counselors");
        assertThat(LauncherTest.run("--data-dir", data(), "ratio", "--year", "abc").err())
                .startsWith("--year 的值“abc”无效：应为整数");
        assertThat(LauncherTest.run("--lang", "en", "--data-dir", data(), "ratio", "--year", "abc").err())
                .startsWith("Invalid value \"abc\" for --year");
    }

    @Test
    void theCommandsTakeTodayFromTheClock() {
        BatchContext.useClock(Clock.fixed(LocalDate.of(2031, 3, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai")));
        Result ratio = LauncherTest.run("--data-dir", data(), "ratio");
        assertThat(ratio.exitCode()).as(ratio.err()).isZero();
        assertThat(ratio.out()).startsWith("2031");
        Result check = LauncherTest.run("--data-dir", data(), "check");
        assertThat(check.out()).contains("2031 年");
    }

    @Test
    void aDataFolderThatIsAFileOrAnUnreadableDatabaseIsOneSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Result r = LauncherTest.run("--data-dir", file.toString(), "check");
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err().strip()).isEqualTo("数据文件夹 " + file + " 是一个文件，不是文件夹。请另选一个文件夹");
        assertThat(r.out()).isEmpty();

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("huyang.mv.db"), "not a database at all ".repeat(500));
        Result db = LauncherTest.runAs(null, java.util.Map.of(Passwords.VARIABLE, LauncherTest.PASSWORD),
                "--data-dir", broken.toString(), "init", "--admin", "admin"); // an unencrypted folder: init upgrades it
        assertThat(db.exitCode()).as(db.err()).isEqualTo(6);
        assertThat(db.err()).startsWith("无法读取数据文件夹 " + broken + " 中的数据库");
        plain(db);
    }

    /**
     * A read-only data folder, in a fresh program (the log not yet set up): one sentence on the
     * console, not logback's status dump.
     */
    @Test
    void aReadOnlyDataFolderIsOneSentenceInAFreshProgram() throws Exception {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", ro.toString())
                    .redirectErrorStream(true).start();
            org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0,
                    "cannot mount a read-only tmpfs: " + new String(mount.getInputStream().readAllBytes()));
        } else {
            org.junit.jupiter.api.Assumptions.assumeTrue(ro.toFile().setWritable(false), "cannot make a folder read-only");
        }
        try {
            Path data = ro.resolve("data");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "cn.huyang.Launcher",
                    "--data-dir", data.toString(), "check").start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(err).isEqualTo(6);
            assertThat(out).isEmpty();
            assertThat(err.strip()).isEqualTo("无法在数据文件夹 " + data + " 中写入（文件夹只读或没有权限）。请另选一个文件夹");
        } finally {
            if (root) {
                new ProcessBuilder("umount", ro.toString()).start().waitFor();
            } else {
                ro.toFile().setWritable(true);
            }
        }
    }

    @Test
    void formsIntoAFileAndExportIntoAMissingFolderAreOneSentence() throws Exception {
        assertThat(LauncherTest.run("--data-dir", data(), "demo", "--counselors", "20").exitCode()).isZero();
        Path file = Files.writeString(dir.resolve("out.pdf"), "x");
        int year = java.time.Year.now().getValue() - 1;
        Result forms = LauncherTest.run("--data-dir", data(), "forms", "--year", String.valueOf(year), "--out", file.toString());
        assertThat(forms.exitCode()).as(forms.out() + forms.err()).isEqualTo(6);
        assertThat(forms.err()).startsWith(file + " 已存在，但不是文件夹");
        plain(forms);

        Path nowhere = dir.resolve("x").resolve("y.xlsx");
        Files.writeString(dir.resolve("x"), "a file where a folder should be");
        Result export = LauncherTest.run("--data-dir", data(), "export", "roster", nowhere.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(6);
        assertThat(export.err()).startsWith("无法写入 " + nowhere);
        plain(export);
    }

    @Test
    void controlCharactersStoredBeforeNeverReachTheTerminalRaw() {
        assertThat(LauncherTest.run("--data-dir", data(), "demo", "--counselors", "20").exitCode()).isZero();
        try (H2Store db = TestFolders.open(Path.of(data()))) {
            // As an earlier version let it in: straight into the table, past today's validator.
            db.dsl().update(Tables.COUNSELOR).set(Tables.COUNSELOR.NAME, "张\u001B[2J\u0007\u202E伟").execute();
        }
        int year = java.time.Year.now().getValue() - 1;
        for (String[] args : new String[][]{{"training-compliance", "--year", String.valueOf(year)},
                {"training-compliance", "--year", String.valueOf(year), "--json"}, {"check", "--year", String.valueOf(year)}}) {
            String[] full = new String[args.length + 2];
            full[0] = "--data-dir";
            full[1] = data();
            System.arraycopy(args, 0, full, 2, args.length);
            Result r = LauncherTest.run(full);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out() + r.err()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E");
            if (args.length == 3 && args[0].equals("training-compliance")) {
                assertThat(r.out()).contains("\\u001B[2J\\u0007\\u202E");
            }
        }
    }

    @Test
    void exportsMaskPhoneNumbersUnlessAskedForThemInFull() throws Exception {
        assertThat(PhoneNumber.mask("13812345678")).isEqualTo("138****5678");
        assertThat(PhoneNumber.mask("0997-2345678")).isEqualTo("099****5678");
        assertThat(LauncherTest.run("--data-dir", data(), "demo", "--counselors", "20").exitCode()).isZero();
        Path masked = dir.resolve("masked.xlsx");
        Path full = dir.resolve("full.xlsx");
        assertThat(LauncherTest.run("--data-dir", data(), "export", "roster", masked.toString()).exitCode()).isZero();
        assertThat(LauncherTest.run("--data-dir", data(), "export", "roster", full.toString(), "--full-id").exitCode())
                .isZero();
        String maskedPhones = column(masked, "电话");
        String fullPhones = column(full, "电话");
        assertThat(fullPhones).containsPattern("1[3-9]\\d{9}");
        assertThat(maskedPhones).doesNotContainPattern("\\d{5}").containsPattern("1\\d\\d\\*{4}\\d{4}");
    }

    /** Every value of a column, by its header. */
    static String column(Path file, String header) throws Exception {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            int col = -1;
            for (var cell : s.getRow(0)) {
                if (f.formatCellValue(cell).contains(header)) {
                    col = cell.getColumnIndex();
                }
            }
            assertThat(col).as(header).isNotNegative();
            for (var row : s) {
                if (row.getRowNum() > 0 && row.getCell(col) != null) {
                    b.append(f.formatCellValue(row.getCell(col))).append('\n');
                }
            }
        }
        return b.toString();
    }
}
