package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.Launcher;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch commands through {@link Launcher#run}, with System.out and System.err captured. */
class LauncherTest {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    /** The administrator every test folder is set up with, and the password the commands get from the environment. */
    static final String USER = TestFolders.USER;
    static final String ADMIN = TestFolders.ADMIN;
    static final String PASSWORD = TestFolders.PASSWORD;
    private static final Set<String> NO_LOGIN = Set.of("init", "--help", "-h", "--version", "-V", "help");

    /**
     * Runs the command line as the test's 学工部 user ({@code --user office}, the password in
     * {@code HUYANG_PASSWORD}); a data folder without accounts is set up first: {@code init} makes the
     * administrator {@code admin}, who adds {@code office}, who sets their own password.
     */
    static synchronized Result run(String... args) {
        return setUpThenRun(USER, args);
    }

    /** As {@link #run}, as the administrator ({@code restore}, {@code users}). */
    static synchronized Result runAsAdmin(String... args) {
        return setUpThenRun(ADMIN, args);
    }

    private static Result setUpThenRun(String user, String... args) {
        List<String> all = List.of(args);
        String dir = valueOf(all, "--data-dir");
        if (dir != null && all.stream().noneMatch(NO_LOGIN::contains) && !all.contains("frobnicate")
                && !cn.huyang.security.KeyRing.exists(Path.of(dir))) {
            try {
                setUp(dir);
            } finally {
                Passwords.useEnvironment(null);
            }
        }
        return runAs(user, Map.of(Passwords.VARIABLE, PASSWORD), args);
    }

    /** Runs the command line as {@code user} (none when null) with this environment, setting nothing up. */
    static synchronized Result runAs(String user, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (user != null && !all.contains("--user")) {
            all.add(0, "--user");
            all.add(1, user);
        }
        Passwords.useEnvironment(env);
        try {
            return capture(all.toArray(String[]::new));
        } finally {
            Passwords.useEnvironment(null);
        }
    }

    /** A folder of the tests: the administrator, and the 学工部 user the commands run as. */
    private static void setUp(String dir) {
        Passwords.useEnvironment(Map.of(Passwords.VARIABLE, PASSWORD));
        Result init = capture(new String[] {"--data-dir", dir, "init", "--admin", ADMIN});
        if (init.exitCode() != 0) {
            return; // the command that follows meets the same problem (a folder in use, not a folder) and says so
        }
        Passwords.useEnvironment(Map.of(Passwords.VARIABLE, PASSWORD, UsersCommand.NEW_PASSWORD,
                TestFolders.FIRST_PASSWORD));
        step(capture(new String[] {"--data-dir", dir, "--user", ADMIN, "users", "add", USER, "--role", "OFFICE"}));
        Passwords.useEnvironment(Map.of(Passwords.VARIABLE, TestFolders.FIRST_PASSWORD, UsersCommand.NEW_PASSWORD,
                PASSWORD));
        step(capture(new String[] {"--data-dir", dir, "--user", USER, "passwd"}));
        Passwords.useEnvironment(Map.of(Passwords.VARIABLE, PASSWORD));
    }

    private static void step(Result r) {
        if (r.exitCode() != 0) {
            throw new AssertionError("setting the test folder up failed: " + r.err());
        }
    }

    private static String valueOf(List<String> args, String option) {
        int i = args.indexOf(option);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    private static Result capture(String[] args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Launcher.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String dataDir() {
        return dir.toString();
    }

    @Test
    void demoThenRatioAndCheckAsJson() {
        Result demo = run("--data-dir", dataDir(), "demo", "--counselors", "50");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("50 名辅导员");

        Result ratio = run("--data-dir", dataDir(), "ratio", "--json");
        assertThat(ratio.exitCode()).as(ratio.err()).isZero();
        String json = ratio.out().strip();
        assertThat(json).startsWith("{").endsWith("}")
                .contains("\"college\":{").contains("\"required\":").contains("\"departments\":[")
                .contains("\"department\":\"全校合计\"");

        Result check = run("--data-dir", dataDir(), "check", "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        String findings = check.out().strip();
        assertThat(findings).startsWith("[").endsWith("]");
        assertThat(findings).contains("\"code\":").contains("\"severity\":");
    }

    @Test
    void trainingComplianceAsTextAndJsonAndItsFindingsInCheck() {
        Result demo = run("--data-dir", dataDir(), "demo", "--counselors", "60");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).containsPattern("[1-9][0-9,]* 条培训记录");
        int lastYear = java.time.Year.now().getValue() - 1;

        Result text = run("--data-dir", dataDir(), "training-compliance", "--year", String.valueOf(lastYear));
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("系部\t姓名").contains(lastYear + " 年应参训专职辅导员");

        Result json = run("--data-dir", dataDir(), "training-compliance", "--year", String.valueOf(lastYear), "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().strip()).startsWith("[").endsWith("]").contains("\"schoolHours\":")
                .contains("\"higherLevelInWindow\":");

        Result check = run("--data-dir", dataDir(), "check", "--year", String.valueOf(lastYear));
        assertThat(check.out()).containsPattern("(?m)^TRAINING_(HOURS|HIGHER_LEVEL)\t");
    }

    @Test
    void titlesListEachApplicationWithItsCriteriaAsTextAndJson() {
        Result demo = run("--data-dir", dataDir(), "demo", "--counselors", "200");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        int year = java.time.Year.now().getValue();
        Result text = run("--data-dir", dataDir(), "titles", "--year", String.valueOf(year));
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith(year + " 年度职称职级评审（评审中）")
                .containsPattern("(?m)^    [✓✗] 任现职年限：")
                .containsPattern("(?m)^共 [1-9][0-9]* 份申报：符合条件 [0-9]+ 份，不符合 [0-9]+ 份$");
        Result json = run("--data-dir", dataDir(), "titles", "--year", String.valueOf(year), "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().strip()).startsWith("{\"year\":" + year).endsWith("]}")
                .contains("\"criteria\":[{\"criterion\":\"").contains("\"eligible\":");
    }

    @Test
    void plainTextRatioAndCheck() {
        assertThat(run("--data-dir", dataDir(), "demo", "--counselors", "50").exitCode()).isZero();

        Result ratio = run("--data-dir", dataDir(), "--lang", "en", "ratio", "--year", "2024");
        assertThat(ratio.exitCode()).isZero();
        assertThat(ratio.out()).contains("2024").contains("College total").contains("Required");

        Result check = run("--data-dir", dataDir(), "check");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("条合规提示");
    }

    @Test
    void demoRefusesADatabaseHoldingData() {
        assertThat(run("--data-dir", dataDir(), "demo", "--counselors", "10").exitCode()).isZero();
        Result again = run("--data-dir", dataDir(), "demo", "--counselors", "10");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("--force");
        assertThat(run("--data-dir", dataDir(), "demo", "--counselors", "10", "--force").exitCode()).isZero();
    }

    @Test
    void emptyDatabaseGivesAnEmptyJsonArray() {
        Result check = run("--data-dir", dataDir(), "check", "--json");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out().strip()).isEqualTo("[]");
    }

    @Test
    void wrongCommandOrOptionIsNonZero() {
        Result unknown = run("--data-dir", dataDir(), "frobnicate");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).isNotBlank();

        assertThat(run("--data-dir", dataDir(), "demo").exitCode()).isNotZero(); // --counselors required
        assertThat(run("--data-dir", dataDir(), "ratio", "--year", "abc").exitCode()).isNotZero();
        assertThat(run("--data-dir", dataDir(), "demo", "--counselors", "0").exitCode()).isNotZero();
    }

    @Test
    void secondInstanceOnTheSameFolderExitsWithThreeAndAPlainMessage() {
        assertThat(run("--data-dir", dataDir(), "ratio").exitCode()).isZero();
        try (H2Store held = TestFolders.open(dir)) {
            Result check = run("--data-dir", dataDir(), "check");
            assertThat(check.exitCode()).isEqualTo(3);
            assertThat(check.err()).contains("正被另一个胡杨程序使用").contains(dir.toString());
            assertThat(check.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(check.out()).isEmpty();
            // the holder is untouched
            assertThat(held.dsl().fetchCount(cn.huyang.db.jooq.Tables.COUNSELOR)).isZero();
        }
    }
}
